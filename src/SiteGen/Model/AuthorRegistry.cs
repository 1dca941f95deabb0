using System.Collections.Immutable;
using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>
/// Decides who is who. A name (marks split off) is matched by <see cref="PersonName.Key"/> after the aliases of
/// site.yml; a profile claims its name, aliases and former names, and an entry's <c>id</c> names a profile outright.
/// Each person gets one display name (<see cref="DisplayName"/>) and a unique ASCII slug.
/// </summary>
internal sealed class AuthorRegistry
{
    // A profile's identity is "@" + its slug: a folded name never holds '@', so the two kinds cannot meet.
    private const char ProfileMark = '@';

    private readonly Dictionary<string, string> _aliasToKey = new(StringComparer.Ordinal);
    // Key -> the spelling a site.yml alias names as the one to show.
    private readonly Dictionary<string, string> _preferred = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Author> _profiles = new(StringComparer.Ordinal);
    // Folded name, alias or former name -> the profiles that claim it; two or more make it a homonym.
    private readonly Dictionary<string, SortedSet<string>> _claims = new(StringComparer.Ordinal);
    // Identity -> each spelling written on papers (marks removed) -> how many times.
    private readonly Dictionary<string, Dictionary<string, int>> _spellings = new(StringComparer.Ordinal);
    private Dictionary<string, string>? _slugs;

    /// <summary>Whether an identity from <see cref="Resolve"/> is a profile's.</summary>
    public static bool IsProfile(string identity) => identity.StartsWith(ProfileMark);

    public void AddAlias(string alias, string name)
    {
        _aliasToKey[PersonName.Key(alias)] = PersonName.Key(name);
        _preferred[PersonName.Key(name)] = name;
    }

    public void AddProfile(Author profile)
    {
        _profiles[profile.Slug] = profile;
        foreach (var name in profile.Aliases.Prepend(profile.Name).Concat(profile.FormerNames))
        {
            var key = KeyOf(name);
            if (!_claims.TryGetValue(key, out var slugs)) _claims[key] = slugs = new SortedSet<string>(StringComparer.Ordinal);
            slugs.Add(profile.Slug);
        }
    }

    /// <summary>
    /// The identity of an author as written on a paper. An unknown <c>id</c>, or a bare name that two profiles
    /// claim, is an error at the entry; the entry then goes to its name (or the first claimant) so checking goes on.
    /// </summary>
    public string Resolve(WrittenAuthor author, string path, DiagnosticBag bag)
    {
        // An unknown id with no name (an error below) stands for a person named by the id, so the model stays whole.
        if (author is { Id: { } unknown, Name.Length: 0 } && !_profiles.ContainsKey(unknown)) author = author with { Name = unknown };
        var identity = Identify(author, path, bag);
        if (author.Name.Length > 0)
        {
            if (!_spellings.TryGetValue(identity, out var spellings)) _spellings[identity] = spellings = new Dictionary<string, int>(StringComparer.Ordinal);
            spellings[author.Name] = spellings.GetValueOrDefault(author.Name) + 1;
        }
        return identity;
    }

    /// <summary>The identity of a name alone, as site.yml's <c>members</c> names people; null when no paper or profile has it.</summary>
    public string? Find(string nameOrId, Action<string> homonym)
    {
        if (_profiles.ContainsKey(nameOrId)) return ProfileMark + nameOrId;
        var key = KeyOf(nameOrId);
        if (_claims.TryGetValue(key, out var slugs))
        {
            if (slugs.Count > 1) homonym(string.Join(", ", slugs));
            return ProfileMark + slugs.Min;
        }
        return _spellings.ContainsKey(key) ? key : null;
    }

    private string Identify(WrittenAuthor author, string path, DiagnosticBag bag)
    {
        if (author.Id is { } id)
        {
            if (_profiles.ContainsKey(id)) return ProfileMark + id;
            bag.Error(path, author.At, DiagnosticCode.Author,
                $"no author profile has the id '{id}' (a file authors/{id}.md){CollectionBuilder.DidYouMean(id, _profiles.Keys)}");
        }

        var key = KeyOf(author.Name);
        if (!_claims.TryGetValue(key, out var claimants)) return key;
        if (claimants.Count > 1 && author.Id is null)
        {
            var quoted = "\"" + author.Written.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
            bag.Error(path, author.At, DiagnosticCode.Author,
                $"'{author.Written}' is the name of {claimants.Count} people ({string.Join(", ", claimants)}); say which one: write " +
                string.Join(" or ", claimants.Select(slug => $"{{name: {quoted}, id: {slug}}}")));
        }
        return ProfileMark + claimants.Min;
    }

    private string KeyOf(string name)
    {
        var key = PersonName.Key(name);
        return _aliasToKey.GetValueOrDefault(key, key);
    }

    public string SlugOf(string identity) => (_slugs ?? throw new InvalidOperationException("call Freeze first"))[identity];

    /// <summary>
    /// The name to show for a person without a profile: the spelling a site.yml alias names, otherwise the spelling
    /// written most often; a tie goes to the spelling with more letters outside ASCII (accents written out,
    /// <c>José</c> over <c>Jose</c>), then to the first in ordinal order. Never the order files were read in.
    /// </summary>
    private string DisplayName(string key) =>
        _preferred.TryGetValue(key, out var preferred)
            ? preferred
            : _spellings[key]
                .OrderByDescending(s => s.Value)
                .ThenByDescending(s => s.Key.Count(c => char.IsLetter(c) && !char.IsAscii(c)))
                .ThenBy(s => s.Key, StringComparer.Ordinal)
                .First().Key;

    /// <summary>
    /// Everyone, once every paper is resolved: each profile at its file name, each other person at the slug of
    /// their display name; colliding slugs get -2, -3 in the order of the folded names.
    /// </summary>
    /// <param name="members">Identities site.yml lists as lab members.</param>
    public ImmutableArray<Author> Freeze(IReadOnlySet<string> members)
    {
        _slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(_profiles.Keys, StringComparer.Ordinal);
        var authors = ImmutableArray.CreateBuilder<Author>();
        foreach (var (slug, profile) in _profiles)
        {
            _slugs[ProfileMark + slug] = slug;
            authors.Add(profile with { Member = profile.Member || members.Contains(ProfileMark + slug) });
        }

        foreach (var key in _spellings.Keys.Where(k => k[0] != ProfileMark).Order(StringComparer.Ordinal))
        {
            var name = DisplayName(key);
            var slug = Slug.From(name);
            for (var n = 2; !taken.Add(slug); n++) slug = $"{Slug.From(name)}-{n}";
            _slugs[key] = slug;
            authors.Add(new Author(slug, name, []) { Member = members.Contains(key) });
        }
        return authors.ToImmutable();
    }

    /// <summary>
    /// Addresses that a person's pages had before an alias merged them or an id split them: the slug of each
    /// spelling written on papers and of a profile's former names, where no page has that slug now.
    /// Each maps to the people it may mean (one after a merge, several after a split), by slug.
    /// </summary>
    public ImmutableSortedDictionary<string, ImmutableArray<string>> FormerSlugs()
    {
        var slugs = _slugs ?? throw new InvalidOperationException("call Freeze first");
        var pages = slugs.Values.ToHashSet(StringComparer.Ordinal);
        var former = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (identity, slug) in slugs)
        {
            var names = _spellings.GetValueOrDefault(identity)?.Keys ?? Enumerable.Empty<string>();
            if (identity[0] == ProfileMark) names = names.Concat(_profiles[slug].FormerNames);
            foreach (var old in names.Select(Slug.From).Where(s => !pages.Contains(s)))
            {
                if (!former.TryGetValue(old, out var people)) former[old] = people = new SortedSet<string>(StringComparer.Ordinal);
                people.Add(slug);
            }
        }
        return former.ToImmutableSortedDictionary(f => f.Key, f => f.Value.ToImmutableArray(), StringComparer.Ordinal);
    }
}
