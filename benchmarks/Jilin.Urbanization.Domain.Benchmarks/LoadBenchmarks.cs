using System.Reflection;
using System.Text;
using BenchmarkDotNet.Attributes;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Data.Snapshot;

namespace Jilin.Urbanization.Domain.Benchmarks;

/// <summary>Loading a fresh catalog (not the cached Default), against the floor and the naive way.</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private static readonly Assembly Library = typeof(PolicyCatalog).Assembly;
    // The text resources: the seeds and the curated JSON files (the binary snapshot has its own floor below).
    private static readonly string[] Resources = Library.GetManifestResourceNames()
        .Where(n => n != CatalogSnapshotFormat.ResourceName).Order(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// The snapshot's true floor (the strongest baseline): read in place, checksum verified, the same strings and one
    /// plain object per model object created, without the model's constructors, guards and indexes.
    /// </summary>
    [Benchmark(Baseline = true)]
    public object Floor_Snapshot() => Floors.SnapshotFloor.Load().Root;

    /// <summary>The old floor: only reading every embedded text resource's bytes and decoding them to strings.</summary>
    [Benchmark]
    public int Floor_ReadAndDecodeResources()
    {
        var total = 0;
        foreach (var name in Resources)
        {
            using var stream = Library.GetManifestResourceStream(name)!;
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            total += Encoding.UTF8.GetString(bytes).Length;
        }

        return total;
    }

    /// <summary>The floor of the snapshot load alone: reading the snapshot resource's bytes (nothing to decode as text).</summary>
    [Benchmark]
    public int Floor_ReadSnapshotBytes() => EmbeddedData.ReadResource(CatalogSnapshotFormat.ResourceName).Length;

    /// <summary>A fresh catalog from the embedded snapshot, checksum and index building included.</summary>
    [Benchmark]
    public PolicyCatalog Load_Catalog() => PolicyCatalog.LoadEmbedded();

    /// <summary>A fresh catalog parsed from the seed texts and curated JSON (the load path before the snapshot).</summary>
    [Benchmark]
    public PolicyCatalog Parse_Catalog() => PolicyCatalog.ParseEmbedded();

    /// <summary>The naive way: reflection-based deserialization of the exported JSON into plain classes.</summary>
    [Benchmark]
    public NaiveCatalog Naive_DeserializeExportedJson() => NaiveCatalog.Load(NaiveCatalog.ExportedJson);

    /// <summary>Checks the floor still reads the whole snapshot (run by the dry job in CI).</summary>
    [GlobalCleanup]
    public void Check() => Floors.SnapshotFloor.Verify();
}
