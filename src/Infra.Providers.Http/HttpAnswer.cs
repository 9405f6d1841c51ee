using System.Net;

namespace Infra.Providers.Http;

/// <summary>An API's final answer: its status and body text.</summary>
internal sealed record HttpAnswer(HttpStatusCode Status, string Body)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;
}
