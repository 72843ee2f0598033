using HandlebarsDotNet;
using HandlebarsDotNet.IO;

namespace Gongkai.Render;

/// <summary>Writes <see cref="TrustedHtml"/> unencoded; every other value keeps Handlebars' HTML encoding.</summary>
internal sealed class TrustedHtmlFormatter : IFormatter, IFormatterProvider
{
    public void Format<T>(T value, in EncodedTextWriter writer)
    {
        if (value is TrustedHtml html)
        {
            writer.Write(html.Html, false);
        }
    }

    public bool TryCreateFormatter(Type type, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IFormatter? formatter)
    {
        formatter = type == typeof(TrustedHtml) ? this : null;
        return formatter is not null;
    }
}
