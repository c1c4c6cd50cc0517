namespace Jilin.Urbanization.Domain.Data.Snapshot;

/// <summary>
/// The backing field of a model property whose value a catalog read from the snapshot makes on first use: either the
/// value itself, or a <see cref="Maker"/> that makes it on first use (thread-safe: every reader sees the same instance).
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

    /// <summary>
    /// Makes a deferred value on first use, by the library's one rule for that (<see cref="Threading.Once"/>): a read
    /// of a made value is one field read; threads racing on the first read all get the one value kept.
    /// </summary>
    internal abstract class Maker
    {
        private object? value;

        public object Value => Threading.Once.Get(ref value, this, static self => self.Make());

        /// <summary>True once the value has been made (tests: a load makes none).</summary>
        public bool IsMade => Volatile.Read(ref value) is not null;

        /// <summary>Makes the value (never null: what is absent is not deferred).</summary>
        protected abstract object Make();
    }
}
