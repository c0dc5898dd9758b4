using System;
using System.Collections.Concurrent;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace NanoEvse.Csms
{
    /// <summary>
    /// The CSMS's file server over plain HTTP under <see cref="PathPrefix"/>: firmware packages it publishes for
    /// UpdateFirmware (GET), and diagnostics chargers upload for GetDiagnostics (PUT, or POST as a raw body).
    /// </summary>
    public sealed class CsmsFiles
    {
        public const string PathPrefix = "/files/";

        /// <summary>An upload beyond this is refused (413): diagnostics are a few KiB.</summary>
        public const int MaxUploadBytes = 1024 * 1024;

        private readonly ConcurrentDictionary<string, byte[]> _published = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, byte[]> _uploads = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);

        /// <summary>A file arrived (arguments: its name, its bytes).</summary>
        public event Action<string, byte[]> Uploaded;

        /// <summary>Serves <paramref name="content"/> as <paramref name="name"/> (a plain file name) from now on.</summary>
        public void Publish(string name, byte[] content)
        {
            CheckName(name);
            _published[name] = (byte[])content.Clone();
        }

        /// <summary>What a charger uploaded as <paramref name="name"/>, or null.</summary>
        public byte[] Upload(string name)
        {
            return _uploads.TryGetValue(name, out byte[] content) ? content : null;
        }

        internal static bool Handles(HttpRequest request)
        {
            return request.Path.Value != null && request.Path.Value.StartsWith(PathPrefix, StringComparison.Ordinal);
        }

        internal async Task ServeAsync(HttpContext context)
        {
            HttpRequest request = context.Request;
            HttpResponse response = context.Response;
            string name = request.Path.Value.Substring(PathPrefix.Length);
            if (!IsPlainName(name))
            {
                response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            if (HttpMethods.IsGet(request.Method))
            {
                if (!_published.TryGetValue(name, out byte[] content))
                {
                    response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }

                response.ContentType = "application/octet-stream";
                response.ContentLength = content.Length;
                await response.Body.WriteAsync(content);
                return;
            }

            if (!HttpMethods.IsPut(request.Method) && !HttpMethods.IsPost(request.Method))
            {
                response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                return;
            }

            if (request.ContentLength > MaxUploadBytes)
            {
                response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            using MemoryStream body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            if (body.Length > MaxUploadBytes)
            {
                response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            byte[] upload = body.ToArray();
            _uploads[name] = upload;
            response.StatusCode = StatusCodes.Status201Created;
            Uploaded?.Invoke(name, upload);
        }

        private static void CheckName(string name)
        {
            if (!IsPlainName(name))
            {
                throw new ArgumentException("a file name without '/', '\\' or '..'", nameof(name));
            }
        }

        private static bool IsPlainName(string name)
        {
            return name.Length > 0 && name.IndexOfAny(new[] { '/', '\\' }) < 0 && name != "." && name != "..";
        }
    }
}
