namespace Jilin.Urbanization.Domain.Data.Snapshot;

/// <summary>
/// The backing field of a model property whose value a catalog read from the snapshot makes on first use: either the
/// value itself, or a <see cref="Maker"/> that makes it once (thread-safe, every reader sees the same instance).
/// It compares and hashes the value it stands for, so a record holding one keeps the compiler's <c>Equals</c>,
/// <c>GetHashCode</c> and <c>with</c> and gives exactly the results of a plain field: equal to the same record built
/// eagerly, with the same hash. Used for the parts that need NodaTime (deadlines, periods, document sources), so a
/// ReadyToRun process that loads the catalog and asks no date question never loads NodaTime and the XML assemblies its
/// structs pull in (≈ 1.4 ms, benchmarks/README.md). Not generic on purpose: an instantiation over a model type would
/// load that type, and with it NodaTime.
/// </summary>
internal readonly struct DeferredValue : IEquatable<DeferredValue>
{
    private readonly object? state;

    private DeferredValue(object? state) => this.state = state;

    /// <summary>The value, made now if it was deferred.</summary>
    public object? Value => state is Maker maker ? maker.Value : state;

    /// <summary>The maker while the value is deferred (made or not), otherwise null.</summary>
    public Maker? Deferred => state as Maker;

    /// <summary>A value already made (what an <c>init</c> accessor stores).</summary>
    public static DeferredValue Of(object? value) => new(value);

    /// <summary>A value <paramref name="maker"/> makes on first use.</summary>
    public static DeferredValue Later(Maker maker) => new(maker);

    public bool Equals(DeferredValue other) => Equals(Value, other.Value);

    public override bool Equals(object? obj) => obj is DeferredValue other && Equals(other);

    public override int GetHashCode() => Value?.GetHashCode() ?? 0;

    /// <summary>Makes a deferred value once, under a lock on first use; later reads take the made value without one.</summary>
    internal abstract class Maker
    {
        private object? value;
        private bool made;
        private object? gate;

        // The flag is read first: the method group is a new delegate at every call (see Threading/Once), so only the
        // first use creates one. The flag, not null, marks the value as made, because a made value may be null.
        public object? Value => Volatile.Read(ref made) ? value : LazyInitializer.EnsureInitialized(ref value, ref made, ref gate, Make);

        /// <summary>True once the value has been made (tests: a load makes none).</summary>
        public bool IsMade => Volatile.Read(ref made);

        protected abstract object? Make();
    }
}
