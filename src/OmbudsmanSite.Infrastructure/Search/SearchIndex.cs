using System.Collections.Concurrent;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Search;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace OmbudsmanSite.Infrastructure.Search;

/// <summary>
/// The Lucene index on disk: one writer, near-real-time searchers from it, and the stamp of every
/// document so the index can be compared with the database. Writes come from one caller at a time
/// (<see cref="SearchIndexer"/>), though <see cref="Upsert"/> may run on several threads at once (Lucene's
/// writer analyses each document on the calling thread); searches come from any thread.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    /// <summary>Raise when fields or analysis change: an index written by other rules is rebuilt on start.</summary>
    public const string SchemaVersion = "2";

    private const string SchemaKey = "schema";
    private const string TaxonomyKey = "taxonomy";
    private const string JournalKey = "journal";
    private const string CommittedKey = "committed";

    private readonly SearchAnalysis _analysis;
    private readonly ILogger<SearchIndex> _logger;
    private readonly ConcurrentDictionary<string, long> _stamps = new(StringComparer.Ordinal);
    private LuceneDirectory? _directory;
    private IndexWriter? _writer;
    private SearcherManager? _searchers;

    public SearchIndex(IOptions<SiteOptions> site, IOptions<SearchOptions> options, SearchAnalysis analysis, ILogger<SearchIndex> logger)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(options);
        Path = System.IO.Path.GetFullPath(options.Value.IndexPath, site.Value.ResolveDataPath());
        _analysis = analysis;
        _logger = logger;
    }

    public string Path { get; }

    public SearchIndexStatus Status { get; set; } = SearchIndexStatus.Rebuilding;

    public bool IsOpen => _writer is not null;

    /// <summary>The taxonomy the documents were built with (names are indexed, so a renamed topic means a rebuild).</summary>
    public string? TaxonomyFingerprint { get; private set; }

    /// <summary>
    /// The change-journal sequence number the committed documents reflect (every public change up to
    /// it is in them), kept in the index's own commit so a restarted node reads on from there; null
    /// for an index that never stored one.
    /// </summary>
    public long? JournalSequence { get; private set; }

    /// <summary>When the index was last committed (the journal may have been compacted since).</summary>
    public DateTime? CommittedUtc { get; private set; }

    public IReadOnlyDictionary<string, long> Stamps => _stamps;

    /// <summary>
    /// Opens the index, or creates an empty one when it is missing, unreadable or written by other
    /// rules; says which, so the caller knows to rebuild.
    /// </summary>
    public SearchIndexOpening Open()
    {
        if (_writer is not null)
        {
            return SearchIndexOpening.Opened;
        }

        System.IO.Directory.CreateDirectory(Path);
        _directory = FSDirectory.Open(Path);
        var opening = DirectoryReader.IndexExists(_directory) ? SearchIndexOpening.Opened : SearchIndexOpening.Missing;
        if (opening == SearchIndexOpening.Opened)
        {
            try
            {
                OpenWriter(OpenMode.APPEND);
                var data = _writer!.CommitData;
                if (!data.TryGetValue(SchemaKey, out var schema) || schema != SchemaVersion)
                {
                    _logger.LogInformation("The search index at {Path} was written by other rules (schema {Schema}); it will be rebuilt", Path, schema);
                    _writer.DeleteAll();
                    _stamps.Clear();
                    opening = SearchIndexOpening.Outdated;
                }
                else
                {
                    TaxonomyFingerprint = data.TryGetValue(TaxonomyKey, out var taxonomy) ? taxonomy : null;
                    JournalSequence = data.TryGetValue(JournalKey, out var sequence) && long.TryParse(sequence, NumberStyles.None, CultureInfo.InvariantCulture, out var read) ? read : null;
                    CommittedUtc = data.TryGetValue(CommittedKey, out var committed) && long.TryParse(committed, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTime.MaxValue.Ticks
                        ? new DateTime(ticks, DateTimeKind.Utc)
                        : null;
                }
            }
            catch (LockObtainFailedException)
            {
                CloseQuietly();
                throw; // Another process has it: not ours to delete.
            }
            catch (Exception exception) when (exception is IOException or IndexOutOfRangeException or InvalidOperationException or FormatException)
            {
                _logger.LogWarning(exception, "The search index at {Path} cannot be read; it will be rebuilt", Path);
                CloseQuietly();
                System.IO.Directory.Delete(Path, recursive: true);
                System.IO.Directory.CreateDirectory(Path);
                _directory = FSDirectory.Open(Path);
                opening = SearchIndexOpening.Corrupt;
            }
        }

        if (_writer is null)
        {
            OpenWriter(OpenMode.CREATE);
        }

        return opening;
    }

    public void Upsert(string key, long stamp, IEnumerable<IIndexableField> document)
    {
        Writer.UpdateDocument(new Term(SearchFields.Key, key), document);
        _stamps[key] = stamp;
    }

    public void Delete(string key)
    {
        Writer.DeleteDocuments(new Term(SearchFields.Key, key));
        _stamps.TryRemove(key, out _);
    }

    public void DeleteAll()
    {
        Writer.DeleteAll();
        _stamps.Clear();
    }

    /// <summary>
    /// Makes the changes durable and visible to searches: until then searches see the last commit,
    /// so a rebuild serves the old documents to the end. <paramref name="journalSequence"/> is the
    /// journal position the documents now reflect (null: unchanged).
    /// </summary>
    public void Commit(string taxonomyFingerprint, long? journalSequence, DateTime nowUtc)
    {
        var sequence = journalSequence ?? JournalSequence;
        var data = new Dictionary<string, string>
        {
            [SchemaKey] = SchemaVersion,
            [TaxonomyKey] = taxonomyFingerprint,
            [CommittedKey] = nowUtc.Ticks.ToString(CultureInfo.InvariantCulture),
        };
        if (sequence is { } known)
        {
            data[JournalKey] = known.ToString(CultureInfo.InvariantCulture);
        }

        Writer.SetCommitData(data);
        Writer.Commit();
        TaxonomyFingerprint = taxonomyFingerprint;
        JournalSequence = sequence;
        CommittedUtc = nowUtc;
        _searchers!.MaybeRefreshBlocking();
    }

    /// <summary>Waits for background segment merges (after a rebuild) and lets searches use the merged segments.</summary>
    public void WaitForMerges()
    {
        Writer.WaitForMerges();
        _searchers!.MaybeRefreshBlocking();
    }

    /// <summary>A searcher over the latest visible state; dispose the lease to release it.</summary>
    public SearcherLease? Acquire() => _searchers is { } searchers ? new SearcherLease(searchers) : null;

    public void Dispose()
    {
        try
        {
            _searchers?.Dispose();
            _writer?.Dispose();
        }
        finally
        {
            _directory?.Dispose();
            _searchers = null;
            _writer = null;
            _directory = null;
        }
    }

    private IndexWriter Writer => _writer ?? throw new InvalidOperationException("The search index is not open.");

    private void OpenWriter(OpenMode mode)
    {
        var config = new IndexWriterConfig(Analysis.SiteAnalyzers.Version, _analysis.Indexing)
        {
            OpenMode = mode,
            RAMBufferSizeMB = 128, // Fewer, larger segments while rebuilding; memory is given back after the flush.
        };
        _writer = new IndexWriter(_directory, config);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new FacetWarmingSearcherFactory());
        LoadStamps();
    }

    private void LoadStamps()
    {
        _stamps.Clear();
        var searcher = _searchers!.Acquire();
        try
        {
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var reader = leaf.AtomicReader;
                var keys = reader.GetBinaryDocValues(SearchFields.Key);
                var stamps = reader.GetNumericDocValues(SearchFields.Stamp);
                if (keys is null || stamps is null)
                {
                    continue;
                }

                var live = reader.LiveDocs;
                var key = new BytesRef();
                for (var doc = 0; doc < reader.MaxDoc; doc++)
                {
                    if (live is null || live.Get(doc))
                    {
                        keys.Get(doc, key);
                        _stamps[key.Utf8ToString()] = stamps.Get(doc);
                    }
                }
            }
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private void CloseQuietly()
    {
        try
        {
            Dispose();
        }
#pragma warning disable CA1031 // Closing a broken index may fail again; the caller is already recovering.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            _logger.LogDebug(exception, "Closing the unreadable search index failed");
        }
    }
}
