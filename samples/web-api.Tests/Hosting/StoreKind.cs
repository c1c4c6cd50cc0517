namespace Jilin.Urbanization.WebApi.Tests.Hosting;

/// <summary>The store a test runs the server on.</summary>
public enum StoreKind
{
    /// <summary>A SQLite file in a temporary data folder.</summary>
    Sqlite,

    /// <summary>A fresh database in the test run's own PostgreSQL cluster.</summary>
    PostgreSql,
}
