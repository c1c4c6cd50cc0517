using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Jilin.Urbanization.WebApi.Tests.Hosting;

/// <summary>
/// A throwaway PostgreSQL cluster the tests start themselves (Debian's <c>postgresql</c> package: <c>initdb</c> and
/// <c>pg_ctl</c> from /usr/lib/postgresql/*/bin), in a temporary folder, on a free loopback port, trusting local
/// connections; stopped and deleted when the test process ends. PostgreSQL refuses to run as root, so under root (CI)
/// the cluster belongs to the <c>postgres</c> user and its programs run through <c>runuser</c>.
/// </summary>
public sealed class PostgresCluster
{
    private static readonly Lazy<PostgresCluster> Shared = new(() => new PostgresCluster());
    private readonly string folder;
    private readonly string bin;
    private readonly bool asRoot = Environment.UserName == "root";
    private int databases;

    private PostgresCluster()
    {
        bin = Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).Select(d => Path.Combine(d, "bin")).FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            ?? throw new InvalidOperationException("PostgreSQL is not installed (apt-get install postgresql: .ci/install.sh does).");
        folder = Path.Combine(Path.GetTempPath(), $"jilin-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        Port = FreePort();
        if (asRoot)
        {
            Run("chown", "postgres:postgres", folder);
        }

        Postgres("initdb", "-D", Path.Combine(folder, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        Postgres("pg_ctl", "-D", Path.Combine(folder, "data"), "-l", Path.Combine(folder, "log"), "-w", "-t", "60",
            "-o", $"-p {Port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off", "start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
    }

    /// <summary>The cluster of this test run, started on first use.</summary>
    public static PostgresCluster Instance => Shared.Value;

    /// <summary>The port it listens on (127.0.0.1).</summary>
    public int Port { get; }

    /// <summary>A new, empty database; its connection string.</summary>
    public string NewDatabase()
    {
        var name = $"progress_{Environment.ProcessId}_{Interlocked.Increment(ref databases)}";
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        command.ExecuteNonQuery();
        return ConnectionString(name);
    }

    private string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres;Pooling=true;Maximum Pool Size=100";

    private void Stop()
    {
        try
        {
            Postgres("pg_ctl", "-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private void Postgres(string program, params string[] args)
    {
        var path = Path.Combine(bin, program);
        if (asRoot)
        {
            Run("runuser", ["-u", "postgres", "--", path, .. args]);
        }
        else
        {
            Run(path, args);
        }
    }

    private static void Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({process.ExitCode}): {error}{output.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
