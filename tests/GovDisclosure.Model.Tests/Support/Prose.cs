using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace GovDisclosure.Model.Tests.Support;

/// <summary>
/// Restates a report's tables in prose, the ways real reports do (every wording trap of spec §6 included), and records which
/// cell each stated number is read against — or that it is a trap (a figure about last year, an approximation, a count of
/// something else) that must never be compared.
/// </summary>
internal sealed class Prose
{
    private readonly List<List<Part>> _paragraphs = new();

    /// <summary>A stated number: where it is, and the cell it contradicts when changed (<see langword="null"/> for a trap).</summary>
    public sealed record Slot(int Index, decimal Value, string? Cell, Func<decimal, string> Format);

    private sealed record Part(string? Literal, Slot? Slot);

    public List<Slot> Slots { get; } = new();

    public Prose Paragraph()
    {
        _paragraphs.Add(new List<Part>());
        return this;
    }

    public Prose Text(string literal)
    {
        _paragraphs[^1].Add(new Part(literal, null));
        return this;
    }

    /// <summary>A number read against <paramref name="cell"/>.</summary>
    public Prose Num(decimal value, string cell, Func<decimal, string>? format = null) => Add(value, cell, format);

    /// <summary>A number that must never be compared with the tables.</summary>
    public Prose Trap(decimal value, Func<decimal, string>? format = null) => Add(value, null, format);

    private Prose Add(decimal value, string? cell, Func<decimal, string>? format)
    {
        var slot = new Slot(Slots.Count, value, cell, format ?? Arabic);
        Slots.Add(slot);
        _paragraphs[^1].Add(new Part(null, slot));
        return this;
    }

    /// <summary>The paragraphs, with slot <paramref name="changed"/> (if any) stated as its value + <paramref name="delta"/>.</summary>
    public string[] Render(int changed = -1, decimal delta = 0) =>
        _paragraphs.Select(p =>
        {
            var text = new StringBuilder();
            foreach (var part in p)
            {
                text.Append(part.Literal ?? part.Slot!.Format(part.Slot.Index == changed ? part.Slot.Value + delta : part.Slot.Value));
            }

            return text.ToString();
        }).ToArray();

    public static string Arabic(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Thousands(decimal value) => value == decimal.Truncate(value) ? value.ToString("#,0", CultureInfo.InvariantCulture) : Arabic(value);

    public static string FullWidth(decimal value) => new(Arabic(value).Select(c => c is >= '0' and <= '9' ? (char)(c - '0' + '０') : c).ToArray());

    public static string Spaced(decimal value) => " " + Arabic(value) + " ";

    /// <summary>Chinese numerals (九, 十二, 一百零三, 两千零五十) for whole numbers below 100 000 000; Arabic otherwise.</summary>
    public static string Chinese(decimal value)
    {
        if (value != decimal.Truncate(value) || value < 0 || value >= 100_000_000)
        {
            return Arabic(value);
        }

        var n = (long)value;
        if (n == 0)
        {
            return "零";
        }

        const string digits = "零一二三四五六七八九";
        string Below10000(long v, bool leading)
        {
            var s = new StringBuilder();
            var units = new[] { (1000L, "千"), (100L, "百"), (10L, "十"), (1L, string.Empty) };
            var zero = false;
            var started = !leading;
            foreach (var (unit, name) in units)
            {
                var d = v / unit % 10;
                if (d == 0)
                {
                    zero = started;
                    continue;
                }

                if (zero)
                {
                    s.Append('零');
                    zero = false;
                }

                var omitOne = unit == 10 && d == 1 && s.Length == 0 && leading;
                s.Append(omitOne ? string.Empty : (unit == 1000 && d == 2 ? "两" : digits[(int)d].ToString())).Append(name);
                started = true;
            }

            return s.ToString();
        }

        var high = n / 10_000;
        var low = n % 10_000;
        if (high == 0)
        {
            return Below10000(low, leading: true);
        }

        var text = Below10000(high, leading: true) + "万";
        if (low == 0)
        {
            return text;
        }

        return text + (low < 1000 ? "零" : string.Empty) + Below10000(low, leading: false).TrimStart('零');
    }
}
