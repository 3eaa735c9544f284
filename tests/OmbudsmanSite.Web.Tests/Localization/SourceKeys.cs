using System.Text.RegularExpressions;

namespace OmbudsmanSite.Web.Tests.Localization;

/// <summary>
/// Reads the keys the code asks its string files for: the first argument of every
/// <c>Text[...]</c>, <c>Text.Format(...)</c>, <c>Text.Get(...)</c> and <c>MailText.*</c> call (and the
/// string classes' own <c>this[...]</c>), with every literal in it ("A" and "B" of a <c>? "A" : "B"</c>)
/// and every key built by interpolation or by adding a name to a literal ("Section_" + section) as a template.
/// </summary>
internal static partial class SourceKeys
{
    private static readonly string[] StringClasses = ["BackofficeText.cs", "SiteText.cs", "MailText.cs"];

    public static IReadOnlyList<KeyUse> InRepository()
    {
        var root = TestEnvironment.RepositoryRoot();
        var src = Path.Combine(root, "src");
        return
        [
            .. Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
                .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
                .SelectMany(f => In(Path.GetRelativePath(root, f), File.ReadAllText(f))),
        ];
    }

    public static IEnumerable<KeyUse> In(string relativePath, string source)
    {
        if (StringFamily.Of(relativePath, source) is not { } family)
        {
            yield break;
        }

        var isStringClass = StringClasses.Contains(Path.GetFileName(relativePath));
        foreach (Match call in Call().Matches(source))
        {
            if (call.Groups["own"].Success && !isStringClass)
            {
                continue;
            }

            var argument = FirstArgument(source, call.Index + call.Length);
            foreach (Match literal in Literal().Matches(argument))
            {
                var before = argument[..literal.Index].TrimEnd();
                var after = argument[(literal.Index + literal.Length)..].TrimStart();
                if (before.EndsWith("==", StringComparison.Ordinal) || before.EndsWith("!=", StringComparison.Ordinal)
                    || after.StartsWith("==", StringComparison.Ordinal) || after.StartsWith("!=", StringComparison.Ordinal))
                {
                    continue; // compared with, not looked up: file.FileType == "PDF" ? "FileType_PDF" : ...
                }

                var text = literal.Groups["text"].Value;
                if (literal.Groups["dollar"].Success)
                {
                    yield return new KeyUse(family, relativePath, Hole().Replace(text, "{}"), IsBuilt: true);
                }
                else if (after.StartsWith('+'))
                {
                    yield return new KeyUse(family, relativePath, text + "{}", IsBuilt: true);
                }
                else
                {
                    yield return new KeyUse(family, relativePath, text, IsBuilt: false);
                }
            }
        }
    }

    /// <summary>The text from <paramref name="start"/> to the first comma or closing bracket at its own depth, skipping strings.</summary>
    private static string FirstArgument(string source, int start)
    {
        var depth = 0;
        for (var i = start; i < source.Length; i++)
        {
            switch (source[i])
            {
                case '"':
                    i++;
                    while (i < source.Length && source[i] != '"')
                    {
                        i += source[i] == '\\' ? 2 : 1;
                    }

                    break;
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}' when depth == 0:
                case ',' when depth == 0:
                    return source[start..i];
                case ')' or ']' or '}':
                    depth--;
                    break;
            }
        }

        return source[start..];
    }

    [GeneratedRegex(@"(?<!\w)(?:Text|text|MailText)(?:\[|\.Format\(|\.Get\()|(?<![\w.])(?<own>this\[|Get\(|Format\()")]
    private static partial Regex Call();

    [GeneratedRegex(@"(?<dollar>\$)?""(?<text>(?:[^""\\]|\\.)*)""")]
    private static partial Regex Literal();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Hole();
}
