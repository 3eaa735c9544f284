using Microsoft.Extensions.Configuration;
using YamlDotNet.RepresentationModel;

namespace OmbudsmanSite.Infrastructure.Sync;

/// <summary>
/// Feeds uSync/Languages/*.yaml into configuration as Site:Cultures:{code}:*, so languages are
/// files in the uSync tree yet still bound to options like every other setting (and appsettings
/// or environment variables can still override a value).
/// </summary>
public sealed class USyncLanguagesConfigurationSource(string languagesFolder) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new Provider(languagesFolder);

    private sealed class Provider(string folder) : ConfigurationProvider
    {
        public override void Load()
        {
            var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            if (Directory.Exists(folder))
            {
                foreach (var file in Directory.GetFiles(folder, USyncFolders.FilePattern).Order(StringComparer.Ordinal))
                {
                    var code = Path.GetFileNameWithoutExtension(file);
                    var stream = new YamlStream();
                    using (var reader = new StreamReader(file))
                    {
                        stream.Load(reader);
                    }

                    if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root)
                    {
                        Flatten(data, $"Site:Cultures:{code}", root);
                    }
                }
            }

            Data = data;
        }

        private static void Flatten(Dictionary<string, string?> data, string prefix, YamlNode node)
        {
            switch (node)
            {
                case YamlMappingNode mapping:
                    foreach (var (key, value) in mapping.Children)
                    {
                        Flatten(data, $"{prefix}:{((YamlScalarNode)key).Value}", value);
                    }

                    break;
                case YamlSequenceNode sequence:
                    for (var i = 0; i < sequence.Children.Count; i++)
                    {
                        Flatten(data, $"{prefix}:{i}", sequence.Children[i]);
                    }

                    break;
                case YamlScalarNode scalar:
                    data[prefix] = scalar.Value;
                    break;
            }
        }
    }
}
