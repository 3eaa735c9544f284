using OmbudsmanSite.Web.Backoffice;

namespace OmbudsmanSite.Web.Tests.Backoffice;

public sealed class AuditExportTests
{
    [Theory]
    [InlineData("=1+2", "\"'=1+2\"")]
    [InlineData("+cmd|' /C calc'!A0", "\"'+cmd|' /C calc'!A0\"")]
    [InlineData("-2", "\"'-2\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("Səbinə \"Ombudsman\" Əliyeva", "\"Səbinə \"\"Ombudsman\"\" Əliyeva\"")]
    [InlineData("line\nbreak, comma", "\"line\nbreak, comma\"")]
    [InlineData("", "\"\"")]
    public void A_cell_is_quoted_and_a_formula_is_defused(string cell, string written) =>
        Assert.Equal(written + ",\"x\"\r\n", AuditExport.Line([cell, "x"]));
}
