namespace Jilin.Urbanization.Domain.Threading;

/// <summary>
/// The one way this library builds a value on first use: <c>Once.Get(ref field, this, static self => …)</c>.
/// </summary>
/// <remarks>
/// <see cref="LazyInitializer.EnsureInitialized{T}(ref T, Func{T})"/> takes a delegate, and a lambda that captures
/// <c>this</c> (or an instance method group) is a new delegate at every call, before the method sees the field is
/// already set: a hot getter allocated 64 bytes per call. Here the factory is a static lambda (one cached delegate)
/// and its state is passed alongside, so a set field costs one read. Under a race several values may be built; one
/// is kept and every caller gets that one (the values this library builds lazily are equal and immutable).
/// </remarks>
internal static class Once
{
    /// <summary>The value in <paramref name="field"/>, built by <paramref name="create"/> from <paramref name="state"/> if the field is still null.</summary>
    public static T Get<T, TState>(ref T? field, TState state, Func<TState, T> create)
        where T : class =>
        Volatile.Read(ref field) ?? Publish(ref field, create(state));

    private static T Publish<T>(ref T? field, T value)
        where T : class =>
        Interlocked.CompareExchange(ref field, value, null) ?? value;
}
