using System.Collections.Immutable;

namespace SiteGen.Model;

/// <summary>
/// Decides who is who: names are matched by <see cref="PersonName.Key"/> after applying declared
/// aliases, each person gets one display name and a unique ASCII slug.
/// </summary>
internal sealed class AuthorRegistry
{
    private readonly Dictionary<string, string> _aliasToKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Author> _profiles = new(StringComparer.Ordinal);
    // Key -> first spelling seen; papers are visited in path order, so this is deterministic.
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    // Key -> the spelling an alias declaration names as the one to show.
    private readonly Dictionary<string, string> _preferred = new(StringComparer.Ordinal);
    private Dictionary<string, string>? _slugs;

    public void AddAlias(string alias, string name)
    {
        _aliasToKey[PersonName.Key(alias)] = PersonName.Key(name);
        _preferred[PersonName.Key(name)] = name;
    }

    public void AddProfile(Author profile)
    {
        var key = PersonName.Key(profile.Name);
        _profiles[key] = profile;
        foreach (var alias in profile.Aliases) _aliasToKey[PersonName.Key(alias)] = key;
    }

    /// <summary>The identity key of a name as written on a paper.</summary>
    public string Resolve(string written)
    {
        var key = PersonName.Key(written);
        var resolved = _aliasToKey.GetValueOrDefault(key, key);
        _names.TryAdd(resolved, written);
        return resolved;
    }

    public string SlugOf(string key) => (_slugs ?? throw new InvalidOperationException("call Freeze first"))[key];

    /// <summary>Assigns slugs once every name is known; colliding slugs get -2, -3 in key order.</summary>
    public ImmutableArray<Author> Freeze()
    {
        _slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(_profiles.Values.Select(p => p.Slug), StringComparer.Ordinal);
        foreach (var (key, profile) in _profiles) _slugs[key] = profile.Slug;

        foreach (var key in _names.Keys.Where(k => !_profiles.ContainsKey(k)).Order(StringComparer.Ordinal))
        {
            var name = _preferred.GetValueOrDefault(key, _names[key]);
            var slug = Slug.From(name);
            for (var n = 2; !taken.Add(slug); n++) slug = $"{Slug.From(name)}-{n}";
            _slugs[key] = slug;
        }

        return [.. _slugs
            .Where(pair => _names.ContainsKey(pair.Key) || _profiles.ContainsKey(pair.Key))
            .Select(pair => _profiles.TryGetValue(pair.Key, out var profile)
                ? profile
                : new Author(pair.Value, _preferred.GetValueOrDefault(pair.Key, _names[pair.Key]), []))];
    }
}
