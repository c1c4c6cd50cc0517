using System.Reflection;
using System.Text;
using BenchmarkDotNet.Attributes;
using Jilin.Urbanization.Domain.Catalog;

namespace Jilin.Urbanization.Domain.Benchmarks;

/// <summary>Loading a fresh catalog (not the cached Default), against the floor and the naive way.</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private static readonly Assembly Library = typeof(PolicyCatalog).Assembly;
    private static readonly string[] Resources = Library.GetManifestResourceNames().Order(StringComparer.Ordinal).ToArray();

    /// <summary>The floor: only reading every embedded resource's bytes and decoding them to strings.</summary>
    [Benchmark(Baseline = true)]
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

    /// <summary>A fresh catalog from the embedded resources, index building included.</summary>
    [Benchmark]
    public PolicyCatalog Load_Catalog() => PolicyCatalog.LoadEmbedded();

    /// <summary>The naive way: reflection-based deserialization of the exported JSON into plain classes.</summary>
    [Benchmark]
    public NaiveCatalog Naive_DeserializeExportedJson() => NaiveCatalog.Load(NaiveCatalog.ExportedJson);
}
