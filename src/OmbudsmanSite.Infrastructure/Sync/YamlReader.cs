using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace OmbudsmanSite.Infrastructure.Sync;

internal static class YamlReader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <exception cref="USyncException">The text is not YAML of the expected shape; the message names the line.</exception>
    public static T Read<T>(string text)
    {
        try
        {
            return Deserializer.Deserialize<T>(text) ?? throw new USyncException("the file is empty.");
        }
        catch (YamlException ex)
        {
            var reason = ex.InnerException?.Message ?? ex.Message;
            throw new USyncException($"line {ex.Start.Line}, column {ex.Start.Column}: {reason}", ex);
        }
    }
}
