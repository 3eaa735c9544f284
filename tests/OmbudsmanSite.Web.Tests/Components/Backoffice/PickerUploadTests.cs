using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Media;
using OmbudsmanSite.Web.Components.Backoffice.Editor;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Components.Backoffice;

/// <summary>Upload from inside the lead-image picker: refused until the image is described in every language, then stored and chosen.</summary>
public sealed class PickerUploadTests(SiteFactory site) : EditorContext(site), IClassFixture<SiteFactory>
{
    [Fact]
    public async Task An_image_uploaded_in_the_picker_needs_alt_text_in_every_language_and_is_then_chosen()
    {
        Services.AddSingleton(Site.Services.GetRequiredService<MediaLibrary>());
        Services.AddSingleton(Site.Services.GetRequiredService<IOptions<MediaOptions>>());
        var user = new ActingUser("picker-editor", "Picker editor") { Rights = EditorialRights.ForRoles([BackofficeRoles.Editor], []) };
        Guid? chosen = null;
        var picker = Render<MediaPicker>(p => p.Add(c => c.Id, "image").Add(c => c.Label, "Main image").Add(c => c.Culture, "az")
            .Add(c => c.User, user).Add(c => c.OnChange, id => chosen = id));
        picker.Find("#image").Click();

        var photo = await File.ReadAllBytesAsync(Path.Combine(TestEnvironment.RepositoryRoot(), "tests", "TestData", "uSync", "Media", "News", "fixture-news-photo.jpg"));
        picker.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(photo, "Picker lesson.jpg", contentType: "image/jpeg"));
        var upload = () => picker.Find("#image-upload button");
        Assert.True(upload().HasAttribute("disabled")); // a file alone is not enough
        picker.Find("[id='image-upload-alt-az']").Input("Dərsdə iştirakçılar");
        picker.Find("[id='image-upload-alt-en']").Input("Participants at a lesson");
        Assert.True(upload().HasAttribute("disabled")); // nor two of three languages
        picker.Find("[id='image-upload-alt-ru']").Input("Участники урока");
        Assert.False(upload().HasAttribute("disabled"));

        await picker.InvokeAsync(() => upload().Click());

        picker.WaitForAssertion(() => Assert.NotNull(chosen), TimeSpan.FromSeconds(10));
        var stored = (await Site.Services.GetRequiredService<MediaQueries>().ItemAsync(chosen!.Value))!;
        Assert.Equal(("Picker lesson", "Участники урока"), (stored.Name, stored.AltText["ru"]));
        picker.Find("#image").Click(); // open again: a lead image is always described, never marked decorative
        Assert.Empty(picker.FindAll("[id='image-upload-decorative']"));
    }
}
