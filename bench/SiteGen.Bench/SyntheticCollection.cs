using System.Globalization;
using System.Text;

namespace SiteGen.Bench;

/// <summary>
/// Writes a synthetic collection in the real content format: 40 topics (some nested), authors drawn
/// from a long-tailed pool (a few prolific, most with one paper), ~200-word abstracts over a long-tailed
/// vocabulary. Seeded, so
/// every run measures the same input.
/// </summary>
internal static class SyntheticCollection
{
    private static readonly string[] Words =
    [
        "model", "language", "diffusion", "inference", "training", "sparse", "attention", "kernel", "memory",
        "quantization", "accelerator", "latency", "throughput", "transformer", "token", "expert", "routing",
        "gradient", "distributed", "pipeline", "cache", "compression", "pruning", "sampling", "schedule",
        "hardware", "compiler", "benchmark", "dataset", "efficient", "scalable", "adaptive", "robust", "novel",
        "method", "framework", "results", "performance", "evaluation", "baseline", "state", "art", "large",
        "vision", "video", "image", "graph", "physics", "simulation", "medical", "reconstruction", "policy",
    ];
    private static readonly string[] Given = ["Wei", "Anna", "José", "Li", "Maria", "Yuki", "Omar", "Sara", "Jürgen", "Priya", "Chen", "Łukasz", "Fatima", "Hugo", "Mei"];
    private static readonly string[] Family = ["Zhang", "Müller", "Núñez", "Wang", "Smith", "Kowalski", "Tanaka", "Okafor", "Rossi", "Nguyen", "Gwóźdź", "Ivanova", "Patel", "Lee", "Kim"];

    public static void Write(string root, int papers)
    {
        var random = new Random(20261126);
        File.WriteAllText(Path.Combine(root, "site.yml"), "title: Synthetic collection\nbase_url: /\n");
        Directory.CreateDirectory(Path.Combine(root, "topics"));
        for (var t = 0; t < 40; t++)
        {
            var parent = t >= 8 && t % 3 == 0 ? $"\nparent: topic-{t % 8}" : "";
            File.WriteAllText(Path.Combine(root, "topics", $"topic-{t}.md"),
                $"---\ntitle: Topic {t} {Words[t]}\ndescription: Papers about {Words[t]} and {Words[(t * 7) % Words.Length]}.{parent}\n---\n");
        }

        // Picking from the pool by a squared uniform gives a long tail: a few prolific authors, most with one paper.
        var authorPool = Math.Max(50, papers * 2);
        for (var i = 0; i < papers; i++)
        {
            var date = new DateOnly(2015, 1, 1).AddDays(random.Next(0, 4000));
            var dir = Path.Combine(root, "papers", date.Year.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(dir);
            var authors = Enumerable.Range(0, random.Next(1, 11))
                .Select(_ => AuthorName((int)(Math.Pow(random.NextDouble(), 2) * authorPool)))
                .Distinct();
            var topics = Enumerable.Range(0, random.Next(1, 4)).Select(_ => $"topic-{random.Next(40)}").Distinct();
            var sb = new StringBuilder()
                .Append("---\ntitle: \"").Append(Sentence(random, random.Next(8, 13))).Append("\"\n")
                .Append("authors: [").AppendJoin(", ", authors.Select(a => $"\"{a}\"")).Append("]\n")
                .Append("date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
                .Append("arxiv: \"").Append(CultureInfo.InvariantCulture, $"{date:yyMM}.{i:D5}").Append("\"\n")
                .Append("topics: [").AppendJoin(", ", topics).Append("]\n")
                .Append("abstract: \"").Append(Sentence(random, 200)).Append("\"\n---\n")
                .Append("Notes: *").Append(Sentence(random, 20)).Append("*\n");
            File.WriteAllText(Path.Combine(dir, $"paper-{i}.md"), sb.ToString());
        }
    }

    private static string AuthorName(int n) =>
        $"{Given[n % Given.Length]} {Family[(n / Given.Length) % Family.Length]}{(n >= Given.Length * Family.Length ? " " + (char)('A' + n / 225 % 26) + (n / 5850) : "")}";

    // A long-tailed vocabulary, as in real abstracts: half the words from the small domain list above,
    // half from 6,000 made-up words drawn so that a few are common and most are rare.
    private static readonly string[] Rare = MakeRareWords(6000);

    private static string Sentence(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => random.Next(2) == 0
            ? Words[random.Next(Words.Length)]
            : Rare[(int)(Math.Pow(random.NextDouble(), 3) * Rare.Length)]));

    private static string[] MakeRareWords(int count)
    {
        string[] syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "pe", "sa", "dor", "lin", "mex", "tan", "qui", "bra"];
        return [.. Enumerable.Range(0, count).Select(n =>
            syllables[n % 16] + syllables[n / 16 % 16] + (n >= 256 ? syllables[n / 256 % 16] : "") + (n >= 4096 ? "x" : ""))];
    }
}
