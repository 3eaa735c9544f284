using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Core.Taxonomy;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Identity;

namespace OmbudsmanSite.Web.Components.Backoffice.Editor;

public sealed partial class ContentEditor
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly Dictionary<string, ElementReference> _tabs = [];
    private ElementReference _messages;
    private ActingUser? _user;
    private EditorSnapshot? _snapshot;
    private EditorDraft? _draft;

    /// <summary>What the Checks panel found last, which the publishing panel sums up beside Publish.</summary>
    private IReadOnlyList<OmbudsmanSite.Core.Checks.LanguageCheckReport> _checks = [];

    /// <summary>What was loaded or last saved, read back through the form, so opening an item never counts as a change.</summary>
    private ContentValues? _baseline;
    private ContentValues? _lastAutosaved;
    private DateTime? _autosavedUtc;
    private Autosave? _autosave;
    private ConflictDetails? _conflict;
    private bool _merging;

    /// <summary>The version the form's text started from: a save on it, when the item moved on, is a conflict (never an overwrite).</summary>
    private int _baseVersion;
    private readonly Guid _presenceSession = Guid.NewGuid();
    private IReadOnlyList<EditorPresence> _others = [];
    private string? _takenOverBy;
    private int? _keptWhenTakenOver;
    private bool _sessionEnded;
    private Dictionary<string, VersionDiff> _sourceChanges = [];
    private IReadOnlyDictionary<Guid, TaxonomyItem> _taxonomy = new Dictionary<Guid, TaxonomyItem>();
    private List<(string Field, string Message)> _errors = [];
    private List<string> _notices = [];
    private string _active = "";
    private string? _beside;
    private string? _comment;
    private string _status = "";
    private string? _focusTab;
    private bool _focusMessages;
    private bool _notFound;
    private bool _saving;

    [Parameter, EditorRequired]
    public Guid Id { get; set; }

    /// <summary>The culture tab to open first (the list's or the user's); the first the user may edit otherwise.</summary>
    [Parameter]
    public string? Culture { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? Authentication { get; set; }

    /// <summary>True while the form holds text that is not in the working copy.</summary>
    public bool IsDirty => _draft is not null && _baseline is not null && _snapshot is not null &&
        (Differs(Current(), _baseline) || _draft.TypedSlugs(AddressOf).Count > 0);

    private bool MayEditInvariant => _user?.Rights.Allows(EditorialRight.EditInvariant) == true;

    private string UserCulture => Cultures.TryGet(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, out var culture) ? culture.Code : Cultures.Default.Code;

    /// <summary>Where "copy from" takes text: the culture shown beside, else the default culture.</summary>
    private string? CopySource => _beside ?? (_active == Cultures.Default.Code ? null : Cultures.Default.Code);

    protected override async Task OnInitializedAsync()
    {
        _user = Authentication is null ? null : BackofficeClaims.ToActingUser((await Authentication).User);
        if (_user is null)
        {
            _notFound = true;
            return;
        }

        _taxonomy = await ReferenceData.TaxonomyAsync();
        if (!await LoadAsync())
        {
            return;
        }

        _active = Cultures.TryGet(Culture, out var asked) ? asked.Code
            : Cultures.All.FirstOrDefault(c => _user.Rights.MayEditCulture(c.Code))?.Code ?? Cultures.Default.Code;
        _autosave = await Autosaves.FindAsync(_user, Id);
        if (_autosave is not null && !Differs(_autosave.Values, _baseline!) && _autosave.Slugs.Count == 0)
        {
            _autosave = null; // the same as the working copy: nothing to offer
        }

        await BeatAsync();

        // Off the renderer's dispatcher: each tick comes back to it through InvokeAsync, and disposing
        // the component never waits on a loop that waits on the dispatcher.
        var stopping = _stopping.Token;
        _ = Task.Run(() => RunEveryAsync(Options.Value.AutosaveInterval, AutosaveNowAsync, stopping), CancellationToken.None);
        _ = Task.Run(() => RunEveryAsync(Options.Value.PresenceInterval, BeatAsync, stopping), CancellationToken.None);
    }

    /// <summary>The circuit's session check signed her out (session ended, account disabled, rights taken away): the editor ends with it.</summary>
    protected override async Task OnParametersSetAsync()
    {
        if (_user is not null && !_sessionEnded && Authentication is not null && (await Authentication).User.Identity?.IsAuthenticated != true)
        {
            await EndSessionAsync();
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusTab is { } tab && _tabs.TryGetValue(tab, out var element))
        {
            _focusTab = null;
            await element.FocusAsync();
        }

        if (_focusMessages)
        {
            _focusMessages = false;
            await _messages.FocusAsync();
        }
    }

    private async Task<bool> LoadAsync()
    {
        _snapshot = await Queries.EditorAsync(Id);
        if (_snapshot is null)
        {
            _notFound = true;
            return false;
        }

        _draft = EditorDraft.From(_snapshot.Document.Type, _snapshot.Values, Clock);
        _draft.ShowAddresses(AddressOf);
        _baseline = Current();
        _lastAutosaved = _baseline;
        _baseVersion = _snapshot.Document.HeadVersion;
        await LoadSourceChangesAsync();
        return true;
    }

    /// <summary>For each translation out of date: what changed in the default culture's text since it was translated.</summary>
    private async Task LoadSourceChangesAsync()
    {
        _sourceChanges = [];
        var outOfDate = _snapshot!.Cultures.Where(c => c.IsOutOfDate).ToList();
        var describer = outOfDate.Count > 0 ? await Describers.ForAsync(UserCulture) : null;
        foreach (var culture in outOfDate)
        {
            if (await Queries.SourceChangesAsync(Id, culture.Culture, Cultures.Default.Code, describer) is { } diff)
            {
                _sourceChanges[culture.Culture] = diff;
            }
        }
    }

    private async Task MarkUpToDateAsync(string culture)
    {
        var result = await Editing.MarkUpToDateAsync(Id, culture, _user!, _stopping.Token);
        if (!result.Succeeded)
        {
            ShowErrors(result.Errors);
            return;
        }

        await ReloadAsync();
        _status = Text.Format("MarkedUpToDate", Text[$"Language_{culture}"]);
    }

    /// <summary>Says the editor is still open, learns who else is, and whether someone took the item over from this user.</summary>
    private async Task BeatAsync()
    {
        if (_user is null || _snapshot is null || _takenOverBy is not null || _sessionEnded)
        {
            return;
        }

        var beat = await Presence.BeatAsync(Id, _presenceSession, _user, _active, _stopping.Token);
        _others = beat.Others;
        if (beat.TakenOverBy is { } by)
        {
            await KeepAfterTakeOverAsync(by);
        }

        StateHasChanged();
    }

    /// <summary>WordPress's post lock, without losing a word: what she typed becomes a version before the editor stops.</summary>
    private async Task KeepAfterTakeOverAsync(string by)
    {
        _takenOverBy = by;
        if (IsDirty && _draft!.ToValues(Clock) is { Errors.Count: 0 } typed)
        {
            var result = await Editing.SaveAsync(SaveRequest(typed.Values, _baseVersion, Text.Format("KeptOnTakeOver", by)), _user!, CancellationToken.None);
            _keptWhenTakenOver = result.Status == OperationStatus.Conflict ? result.Conflict?.KeptAsVersion : result.VersionNumber;
            if (result.Succeeded || result.Status == OperationStatus.Conflict)
            {
                await Autosaves.DiscardAsync(_user!, Id);
            }
        }

        await Presence.LeaveAsync(_presenceSession, CancellationToken.None);
        _status = Text.Format("TakenOverBy", by);
        _focusMessages = true;
    }

    private async Task TakeOverAsync()
    {
        var result = await Presence.TakeOverAsync(Id, _presenceSession, _user!, _stopping.Token);
        if (!result.Succeeded)
        {
            ShowErrors(result.Errors);
            return;
        }

        var from = string.Join(", ", _others.Select(o => o.UserName).Distinct());
        _others = [];
        _status = Text.Format("TookOver", from);
    }

    private ContentValues Current() => _draft!.ToValues(Clock).Values;

    private static bool Differs(ContentValues a, ContentValues b) => !a.InvariantEquals(b) || a.CulturesChangedFrom(b).Count > 0;

    private string? AddressOf(string culture) => _snapshot?.Culture(culture) is { Slug.Length: > 0 } state ? state.Slug : null;

    private CultureState StateOf(string culture) => _snapshot?.Culture(culture)?.Shown ?? CultureState.NotCreated;

    private string? ErrorFor(string field) => _errors.FirstOrDefault(e => e.Field == field).Message;

    private string? Invalid(string field) => ErrorFor(field) is null ? null : "true";

    private bool HasErrors(string culture) => _errors.Any(e => e.Field.StartsWith(culture + ".", StringComparison.OrdinalIgnoreCase));

    private string LocalTime(DateTime utc) => Clock.ToLocalText(utc);

    private void Change(Action change)
    {
        change();
        StateChanged();
    }

    private void StateChanged() => _status = "";

    private void SelectTab(string culture)
    {
        _active = culture;
        if (_beside == culture)
        {
            _beside = null;
        }
    }

    // The tabs pattern of the ARIA practices: arrows move between tabs, Home and End to the ends.
    private void TabKeyAsync(KeyboardEventArgs e, string culture)
    {
        var codes = Cultures.All.Select(c => c.Code).ToList();
        var index = codes.IndexOf(culture);
        var next = e.Key switch
        {
            "ArrowRight" => (index + 1) % codes.Count,
            "ArrowLeft" => (index - 1 + codes.Count) % codes.Count,
            "Home" => 0,
            "End" => codes.Count - 1,
            _ => -1,
        };
        if (next >= 0)
        {
            SelectTab(codes[next]);
            _focusTab = codes[next];
        }
    }

    private async Task ReloadTaxonomyAsync(Guid created) => _taxonomy = await ReferenceData.TaxonomyAsync();

    private void ConfirmInternalNavigation(LocationChangingContext context)
    {
        // Links inside the editor that stay in the circuit: the browser's own prompt covers every other way out.
        if (IsDirty)
        {
            context.PreventNavigation();
            _status = Text["UnsavedChangesStay"];
        }
    }

    /// <summary>What the user may send: a translator's values keep the shared fields and the other cultures as they were loaded.</summary>
    private ContentValues Permitted(ContentValues typed)
    {
        var loaded = _snapshot!.Values;
        var values = MayEditInvariant ? typed : typed with
        {
            DateUtc = loaded.DateUtc, ImageId = loaded.ImageId, Taxonomy = loaded.Taxonomy, Meeting = loaded.Meeting, Report = loaded.Report,
        };
        if (_user!.Rights.MayEditEveryCulture)
        {
            return values;
        }

        foreach (var culture in Cultures.All.Select(c => c.Code).Where(c => !_user.Rights.MayEditCulture(c)))
        {
            values = values.WithCulture(culture, loaded.Culture(culture));
        }

        return values;
    }

    /// <summary>A save of <paramref name="values"/> as the user may send them, with the addresses typed for new languages, on <paramref name="baseVersion"/>.</summary>
    private SaveContentRequest SaveRequest(ContentValues values, int baseVersion, string? comment) => new()
    {
        DocumentId = Id,
        BaseVersion = baseVersion,
        Values = Permitted(values),
        Slugs = _draft!.NewSlugs(AddressOf),
        Comment = comment,
    };

    private async Task SaveAsync()
    {
        if (_saving || _draft is null || _snapshot is null || _user is null)
        {
            return;
        }

        _saving = true;
        try
        {
            _notices = [];
            if (!await StillSignedInAsync())
            {
                return;
            }

            var (typed, unreadable) = _draft.ToValues(Clock);
            if (unreadable.Count > 0)
            {
                ShowErrors(unreadable);
                return;
            }

            var changedSlugs = _draft.ChangedSlugs(AddressOf);
            var result = await Editing.SaveAsync(SaveRequest(typed, _baseVersion, _comment), _user, _stopping.Token);
            await ShowResultAsync(result);
            if (result.Succeeded && changedSlugs.Count > 0)
            {
                await ChangeAddressesAsync(changedSlugs);
            }
        }
        finally
        {
            _saving = false;
        }
    }

    /// <summary>
    /// New addresses for cultures that have one, through the editing service's slug change (a live
    /// culture's old address then answers with a 301). An address that is taken is an error at its field;
    /// what was typed stays there.
    /// </summary>
    private async Task ChangeAddressesAsync(IReadOnlyDictionary<string, string> slugs)
    {
        var errors = new List<FieldError>();
        var changed = new List<string>();
        foreach (var (culture, slug) in slugs)
        {
            var result = await Editing.ChangeSlugAsync(Id, culture, slug, _user!, _stopping.Token);
            if (result.Succeeded)
            {
                changed.Add(culture);
            }
            else
            {
                errors.AddRange(result.Errors.Select(e => e.Field.Length > 0 ? e : e with { Field = FieldNames.ForCulture(culture, FieldNames.Slug) }));
            }
        }

        var typed = _draft!;
        await LoadAsync();
        _draft = typed; // what she typed stays, a refused address included
        _draft.ShowAddresses(AddressOf);
        _baseline = Current();
        if (errors.Count > 0)
        {
            ShowErrors(errors);
            return;
        }

        _status = Text.Format("AddressesChanged", Text.Languages(changed));
    }

    /// <summary>
    /// A circuit outlives its sign-in: when the session ended (signed out, timed out, stamp changed),
    /// nothing is saved; the text is kept as an autosave, and signing in again opens the item afresh.
    /// </summary>
    private async Task<bool> StillSignedInAsync()
    {
        if (Authentication is not null && (await Authentication).User.Identity?.IsAuthenticated == true)
        {
            return true;
        }

        await EndSessionAsync();
        return false;
    }

    /// <summary>What was typed is kept apart (an autosave, offered back at the next sign-in); the form, presence and timers stop.</summary>
    private async Task EndSessionAsync()
    {
        _sessionEnded = true;
        await AutosaveNowAsync();
        await _stopping.CancelAsync();
        await Presence.LeaveAsync(_presenceSession, CancellationToken.None);
        _others = [];
        _status = Text["SessionEnded"];
        _focusMessages = true;
    }

    private async Task MergeAsync(ContentValues merged)
    {
        if (_conflict is not { } conflict || _saving)
        {
            return;
        }

        _saving = true;
        try
        {
            var result = await Editing.SaveAsync(SaveRequest(merged, conflict.CurrentVersion, Text.Format("MergedComment", conflict.KeptAsVersion, conflict.CurrentVersion)), _user!, _stopping.Token);
            if (result.Status is OperationStatus.Success or OperationStatus.Unchanged)
            {
                _merging = false;
                _conflict = null;
                await LoadAsync();
                _autosave = null;
                await Autosaves.DiscardAsync(_user!, Id);
                _status = result.Status == OperationStatus.Unchanged ? Text["SaveUnchanged"] : Text.Format("MergedAsVersion", result.VersionNumber ?? 0);
                _focusMessages = true;
                return;
            }

            await ShowResultAsync(result);
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task ShowResultAsync(EditorialResult result)
    {
        switch (result.Status)
        {
            case OperationStatus.Success or OperationStatus.Unchanged:
                _errors = [];
                _conflict = null;
                _comment = null;
                var typed = _draft!;
                await LoadAsync();

                // The form keeps what the user sees (no cursor jumps): only the baseline and the states move on.
                _draft = typed;
                _draft.ShowAddresses(AddressOf);
                _baseline = Current();
                _lastAutosaved = _baseline;
                _autosave = null;
                await Autosaves.DiscardAsync(_user!, Id);
                _notices = [.. result.Notices.Select(n => n.Message)];
                _status = result.Status == OperationStatus.Unchanged
                    ? Text["SaveUnchanged"]
                    : Text.Format("SavedAsVersion", result.VersionNumber ?? _snapshot!.Document.HeadVersion, LocalTime(Clock.UtcNow));
                break;
            case OperationStatus.Conflict:
                _errors = [];
                _conflict = result.Conflict;
                _merging = true; // both texts side by side at once: nothing is chosen for her
                _status = Text["ConflictTitle"];
                _focusMessages = true;
                break;
            default:
                ShowErrors(result.Errors);
                break;
        }
    }

    private void ShowErrors(IReadOnlyList<FieldError> errors)
    {
        _errors = [.. errors.Select(e => (Target(e.Field), e.Message))];
        _status = Text["SaveFailed"];
        if (_errors.Select(e => e.Field).FirstOrDefault(f => Cultures.All.Any(c => f.StartsWith(c.Code + ".", StringComparison.OrdinalIgnoreCase))) is { } field)
        {
            _active = field.Split('.', 2)[0];
        }

        _focusMessages = true;
    }

    // A field error names a field path; the summary links to the input that shows it.
    private static string Target(string field) => field switch
    {
        FieldNames.ReportFiles => FieldNames.ReportFiles + ".az",
        _ => field,
    };

    private async Task<bool> SaveForPublishAsync()
    {
        await SaveAsync();
        return _errors.Count == 0 && _conflict is null;
    }

    /// <summary>After a publish or unpublish: the states moved, the saved values did not.</summary>
    private async Task ReloadAsync()
    {
        await LoadAsync();
        _autosave = null;
    }

    /// <summary>The saved shared values, as the publish dialog says they go live.</summary>
    private List<(string Name, string Value)> SharedSummary()
    {
        var values = _snapshot!.Values;
        string Names(TaxonomyKind kind, IEnumerable<Guid> ids) =>
            string.Join(", ", ids.Select(id => _taxonomy.GetValueOrDefault(id)).OfType<TaxonomyItem>().Where(t => t.Kind == kind).Select(t => t.Names.Get(UserCulture, UserCulture)))
            is { Length: > 0 } text ? text : Text["NoneChosen"];
        var list = new List<(string, string)>
        {
            (Text[$"DateLabel_{_snapshot.Document.Type}"], values.DateUtc is { } date ? $"{LocalTime(date)} ({Text["BakuTime"]})" : Text["NoneChosen"]),
            (Text["LeadImage"], values.ImageId is null ? Text["NoneChosen"] : Text["ImageChosen"]),
            (Text["Topics"], Names(TaxonomyKind.Topic, values.Taxonomy)),
            (Text["Organisations"], Names(TaxonomyKind.Organisation, values.Taxonomy)),
        };
        if (values.Meeting is { } meeting)
        {
            list.Add((Text["MeetingFormat"], Text[$"Format_{meeting.Format}"]));
            list.Add((Text["MeetingLocation"], meeting.Location.Get(UserCulture, Cultures.Default.Code) is { Length: > 0 } place ? place : Text["NoneChosen"]));
            list.Add((Text["Participants"], Names(TaxonomyKind.Person, meeting.Participants.Select(p => p.PersonId))));
        }

        if (values.Report is { } report)
        {
            list.Add((Text["ReportYear"], report.Year.ToString(CultureInfo.InvariantCulture)));
            list.Add((Text["ReportKind"], Text[$"ReportKind_{report.Kind}"]));
        }

        return list;
    }

    private async Task LoadCurrentAsync()
    {
        _conflict = null;
        _merging = false;
        await LoadAsync();
        _status = Text["LoadedCurrent"];
    }

    private void RestoreAutosave()
    {
        if (_autosave is null || _snapshot is null)
        {
            return;
        }

        _draft = EditorDraft.From(_snapshot.Document.Type, _autosave.Values, Clock, _autosave.Slugs);
        _draft.ShowAddresses(AddressOf);
        _baseVersion = _autosave.BaseVersion; // typed on that version: a save meets anything saved since as a conflict
        _status = Text["AutosaveRestored"];
        _autosave = null;
    }

    private async Task DiscardAutosaveAsync()
    {
        _autosave = null;
        await Autosaves.DiscardAsync(_user!, Id);
        _status = Text["AutosaveDiscarded"];
    }

    private async Task RunEveryAsync(TimeSpan interval, Func<Task> tick, CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping).ConfigureAwait(false))
            {
                await InvokeAsync(tick).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Keeps the form's values apart from the working copy when they changed since the last autosave.</summary>
    public async Task AutosaveNowAsync()
    {
        if (_draft is null || _snapshot is null || _user is null || !IsDirty || _takenOverBy is not null)
        {
            return;
        }

        var current = Current();
        var slugs = _draft.TypedSlugs(AddressOf);
        if (_lastAutosaved is not null && !Differs(current, _lastAutosaved) && slugs.Count == 0)
        {
            return;
        }

        await Autosaves.SaveAsync(_user, Id, _baseVersion, current, slugs);
        _lastAutosaved = current;
        _autosavedUtc = Clock.UtcNow;
        StateHasChanged();
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();

        // A closed tab or a lost connection ends the circuit: what was typed since the last tick is kept too.
        try
        {
            await AutosaveNowAsync();
        }
        catch (Exception exception) when (exception is InvalidOperationException or ObjectDisposedException)
        {
            // The circuit's services are already gone: the last tick's autosave stands.
        }

        try
        {
            await Presence.LeaveAsync(_presenceSession, CancellationToken.None);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ObjectDisposedException)
        {
            // Gone with the circuit: the row expires on its own.
        }

        _stopping.Dispose();
    }
}
