using OmbudsmanSite.Core.Security;

namespace OmbudsmanSite.Core.Tests.Security;

public sealed class EditorialRightsTests
{
    [Fact]
    public void Each_role_has_its_rights_and_no_other()
    {
        var administrator = EditorialRights.ForRoles([BackofficeRoles.Administrator], []);
        var editor = EditorialRights.ForRoles([BackofficeRoles.Editor], []);
        var writer = EditorialRights.ForRoles([BackofficeRoles.Writer], []);
        var translator = EditorialRights.ForRoles([BackofficeRoles.Translator], ["ru"]);

        Assert.All(Enum.GetValues<EditorialRight>(), right => Assert.True(administrator.Allows(right)));
        Assert.True(editor.Allows(EditorialRight.Publish));
        Assert.True(editor.Allows(EditorialRight.Delete));
        Assert.False(editor.Allows(EditorialRight.Purge));
        Assert.False(editor.Allows(EditorialRight.ManageUsers));
        Assert.True(writer.Allows(EditorialRight.EditDrafts));
        Assert.True(writer.Allows(EditorialRight.SubmitForReview));
        Assert.False(writer.Allows(EditorialRight.Publish));
        Assert.False(writer.Allows(EditorialRight.Delete));
        Assert.True(editor.Allows(EditorialRight.KeepVersions));
        Assert.False(writer.Allows(EditorialRight.KeepVersions)); // a writer's every version would pile up past cleanup
        Assert.False(translator.Allows(EditorialRight.KeepVersions));
        Assert.False(translator.Allows(EditorialRight.EditInvariant));
        Assert.False(translator.Allows(EditorialRight.Publish));
        Assert.False(EditorialRights.ForRoles([], []).Allows(EditorialRight.EditDrafts));
    }

    [Fact]
    public void A_translator_edits_only_her_cultures_unless_another_role_lets_her_write_them_all()
    {
        var translator = EditorialRights.ForRoles([BackofficeRoles.Translator], ["ru"]);
        var writerToo = EditorialRights.ForRoles([BackofficeRoles.Translator, BackofficeRoles.Writer], ["ru"]);

        Assert.True(translator.MayEditCulture("ru"));
        Assert.True(translator.MayEditCulture("RU"));
        Assert.False(translator.MayEditCulture("az"));
        Assert.False(translator.MayEditEveryCulture);
        Assert.True(writerToo.MayEditCulture("az"));
        Assert.True(writerToo.MayEditEveryCulture);
        Assert.True(EditorialRights.ForRoles([BackofficeRoles.Editor], []).MayEditCulture("en"));
    }
}
