using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FactModel.Cli.Tests.Html;

/// <summary>
/// A small client of the Chrome DevTools Protocol: starts headless Chromium with a fresh profile, connects to it over
/// one WebSocket and talks to pages in flattened sessions. Only what the browser tests need: open a page, evaluate
/// script, type, take screenshots, and collect the errors a page reports. Every wait is bounded.
/// </summary>
public sealed partial class ChromeDevTools : IAsyncDisposable
{
    public const string Executable = "/usr/bin/chromium";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60); // generous: CI shares 2 cores with builds

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly ConcurrentQueue<(string? Session, string Method, JsonElement Params)> _events = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private Task _receiving = Task.CompletedTask;
    private int _nextId;

    private ChromeDevTools(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>Starts Chromium and connects to it.</summary>
    public static async Task<ChromeDevTools> StartAsync()
    {
        string profile = Path.Combine(Path.GetTempPath(), "factmodel-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(Executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--remote-debugging-port=0", "--window-size=1200,900", "about:blank" })
            start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start");
        var browser = new ChromeDevTools(process, profile);
        try
        {
            var endpoint = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            var stderr = new StringBuilder();
            process.ErrorDataReceived += (_, line) =>
            {
                if (line.Data is null) return;
                lock (stderr) stderr.AppendLine(line.Data);
                if (DevToolsLine().Match(line.Data) is { Success: true } match) endpoint.TrySetResult(match.Groups[1].Value);
            };
            process.OutputDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();

            // The endpoint is on the error stream; the profile's DevToolsActivePort file says it too (port, then path).
            string activePort = Path.Combine(profile, "DevToolsActivePort");
            var deadline = DateTime.UtcNow + Timeout;
            string? url = null;
            while (url is null && DateTime.UtcNow < deadline && !process.HasExited)
            {
                if (endpoint.Task.IsCompleted) url = endpoint.Task.Result;
                else if (File.Exists(activePort) && File.ReadAllLines(activePort) is [var port, var path, ..])
                    url = $"ws://127.0.0.1:{port}{path}";
                else await Task.Delay(50);
            }
            if (url is null)
            {
                lock (stderr) throw new InvalidOperationException($"Chromium gave no DevTools endpoint within {Timeout.TotalSeconds} s (exited: {process.HasExited}):\n{stderr}");
            }
            using var connecting = new CancellationTokenSource(Timeout);
            await browser._socket.ConnectAsync(new Uri(url), connecting.Token);
            browser._receiving = Task.Run(browser.ReceiveAsync);
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens <paramref name="url"/> in a new tab and waits until it has loaded.</summary>
    public async Task<ChromePage> OpenAsync(string url)
    {
        var target = await SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" });
        var attached = await SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target.GetProperty("targetId").GetString(), ["flatten"] = true });
        var page = new ChromePage(this, attached.GetProperty("sessionId").GetString()!);
        foreach (string domain in new[] { "Runtime.enable", "Log.enable", "Page.enable" }) await page.SendAsync(domain);
        await page.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = 1200, ["height"] = 900, ["deviceScaleFactor"] = 1, ["mobile"] = false });
        await page.SendAsync("Page.navigate", new JsonObject { ["url"] = url });
        await WaitForAsync(page.Session, "Page.loadEventFired");
        return page;
    }

    /// <summary>Sends a command, to the browser or to a page's session, and returns its result.</summary>
    public async Task<JsonElement> SendAsync(string method, JsonObject? parameters = null, string? session = null)
    {
        int id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (session is not null) message["sessionId"] = session;
        await _sending.WaitAsync();
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, _stop.Token);
        }
        finally
        {
            _sending.Release();
        }
        return await reply.Task.WaitAsync(Timeout);
    }

    /// <summary>The events of <paramref name="session"/> received so far.</summary>
    public IEnumerable<(string Method, JsonElement Params)> EventsOf(string session) =>
        _events.Where(e => e.Session == session).Select(e => (e.Method, e.Params));

    private async Task WaitForAsync(string session, string method)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!EventsOf(session).Any(e => e.Method == method))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"no {method} within {Timeout.TotalSeconds} s");
            await Task.Delay(20);
        }
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open && !_stop.IsCancellationRequested)
            {
                var received = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (received.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage) continue;
                using (var json = JsonDocument.Parse(message.ToArray()))
                {
                    var root = json.RootElement.Clone();
                    string? session = root.TryGetProperty("sessionId", out var s) ? s.GetString() : null;
                    if (root.TryGetProperty("id", out var id) && _pending.TryRemove(id.GetInt32(), out var reply))
                    {
                        if (root.TryGetProperty("error", out var error)) reply.TrySetException(new InvalidOperationException("DevTools: " + error));
                        else reply.TrySetResult(root.GetProperty("result"));
                    }
                    else if (root.TryGetProperty("method", out var method))
                    {
                        _events.Enqueue((session, method.GetString()!, root.TryGetProperty("params", out var p) ? p : default));
                    }
                }
                message.SetLength(0);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The browser is closing.
        }
        foreach (var reply in _pending.Values) reply.TrySetException(new InvalidOperationException("the DevTools connection closed"));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                try
                {
                    await SendAsync("Browser.close").WaitAsync(TimeSpan.FromSeconds(5));
                }
                catch (Exception e) when (e is TimeoutException or InvalidOperationException or WebSocketException or OperationCanceledException)
                {
                    // Killed below.
                }
            }
        }
        finally
        {
            _stop.Cancel();
            try { await _receiving.WaitAsync(TimeSpan.FromSeconds(5)); } catch (TimeoutException) { }
            if (!_process.WaitForExit(5000)) _process.Kill(entireProcessTree: true);
            _process.Dispose();
            _socket.Dispose();
            try { Directory.Delete(_profile, recursive: true); } catch (IOException) { }
        }
    }

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex DevToolsLine();
}

/// <summary>A tab of <see cref="ChromeDevTools"/>.</summary>
public sealed class ChromePage(ChromeDevTools browser, string session)
{
    public string Session { get; } = session;

    public Task<JsonElement> SendAsync(string method, JsonObject? parameters = null) => browser.SendAsync(method, parameters, Session);

    /// <summary>The value of <paramref name="expression"/>, as JSON.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        if (result.TryGetProperty("exceptionDetails", out var exception)) throw new InvalidOperationException("script failed: " + exception);
        return result.GetProperty("result").TryGetProperty("value", out var value) ? value : default;
    }

    /// <summary>Types <paramref name="text"/> into the element that has the focus, as a keyboard would (one input event).</summary>
    public Task TypeAsync(string text) => SendAsync("Input.insertText", new JsonObject { ["text"] = text });

    /// <summary>The errors the page reported: uncaught exceptions, console errors and log entries of level error.</summary>
    public IReadOnlyList<string> Errors => browser.EventsOf(Session).Where(e =>
            e.Method == "Runtime.exceptionThrown"
            || (e.Method == "Runtime.consoleAPICalled" && e.Params.GetProperty("type").GetString() == "error")
            || (e.Method == "Log.entryAdded" && e.Params.GetProperty("entry").GetProperty("level").GetString() == "error"))
        .Select(e => e.Method + ": " + e.Params).ToList();

    /// <summary>Saves a PNG of the whole page, beyond the window, to <paramref name="path"/>.</summary>
    public async Task ScreenshotAsync(string path)
    {
        var metrics = await SendAsync("Page.getLayoutMetrics");
        var size = metrics.GetProperty("cssContentSize");
        var shot = await SendAsync("Page.captureScreenshot", new JsonObject
        {
            ["format"] = "png",
            ["captureBeyondViewport"] = true,
            ["clip"] = new JsonObject { ["x"] = 0, ["y"] = 0, ["width"] = 1200, ["height"] = Math.Min(size.GetProperty("height").GetDouble(), 4000), ["scale"] = 1 },
        });
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot.GetProperty("data").GetString()!));
    }
}
