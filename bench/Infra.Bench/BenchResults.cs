namespace Infra.Bench;

/// <summary>Everything measured in one bench run.</summary>
public sealed class BenchResults
{
    private readonly Dictionary<SeriesKey, List<Measurement>> series = [];
    private readonly Dictionary<SeriesKey, long> stateBytes = [];
    private readonly Dictionary<(string Shape, int Size), long> finalStateBytes = [];
    private readonly Dictionary<SeriesKey, string> notes = [];

    public IEnumerable<SeriesKey> Keys => series.Keys;

    public void Add(SeriesKey key, Measurement measurement)
    {
        if (!series.TryGetValue(key, out var list))
        {
            series[key] = list = [];
        }
        list.Add(measurement);
    }

    public void SetStateBytes(SeriesKey key, long bytes) => stateBytes[key] = bytes;

    public void SetFinalStateBytes(string shape, int size, long bytes) => finalStateBytes[(shape, size)] = bytes;

    public void SetNote(SeriesKey key, string note) => notes[key] = note;

    public Summary? Get(SeriesKey key) => series.TryGetValue(key, out var list) && list.Count > 0 ? Summary.Of(list) : null;

    public long? StateBytes(SeriesKey key) => stateBytes.TryGetValue(key, out var bytes) ? bytes : null;

    public long? FinalStateBytes(string shape, int size) => finalStateBytes.TryGetValue((shape, size), out var bytes) ? bytes : null;

    public string? Note(SeriesKey key) => notes.GetValueOrDefault(key);
}
