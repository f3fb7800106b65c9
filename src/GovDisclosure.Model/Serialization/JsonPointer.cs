using System.Text;

namespace GovDisclosure.Model.Serialization;

/// <summary>RFC 6901 JSON Pointer helpers.</summary>
internal static class JsonPointers
{
    /// <summary>One reference token, escaped (<c>~0</c>, <c>~1</c>) by JsonPointer.Net.</summary>
    public static string Escape(string token) => Json.Pointer.JsonPointer.Create(token).ToString().Substring(1);

    public static string Append(string pointer, string token) => Json.Pointer.JsonPointer.Parse(pointer).Combine(token).ToString();

    /// <summary>Converts a System.Text.Json path (<c>$.a.b[0]['c.d']</c>) to a JSON Pointer (<c>/a/b/0/c.d</c>).</summary>
    public static string FromJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        var i = path![0] == '$' ? 1 : 0;
        while (i < path.Length)
        {
            var c = path[i];
            if (c == '.')
            {
                var start = ++i;
                while (i < path.Length && path[i] != '.' && path[i] != '[')
                {
                    i++;
                }

                sb.Append('/').Append(Escape(path.Substring(start, i - start)));
            }
            else if (c == '[')
            {
                i++;
                if (i < path.Length && path[i] == '\'')
                {
                    // ['name'] — STJ writes the name unescaped; it ends at the last "']" before the next segment.
                    var start = ++i;
                    var end = path.IndexOf("']", start, System.StringComparison.Ordinal);
                    if (end < 0)
                    {
                        end = path.Length;
                    }

                    sb.Append('/').Append(Escape(path.Substring(start, end - start)));
                    i = System.Math.Min(path.Length, end + 2);
                }
                else
                {
                    var start = i;
                    while (i < path.Length && path[i] != ']')
                    {
                        i++;
                    }

                    sb.Append('/').Append(path.Substring(start, i - start));
                    i++;
                }
            }
            else
            {
                i++;
            }
        }

        return sb.ToString();
    }
}
