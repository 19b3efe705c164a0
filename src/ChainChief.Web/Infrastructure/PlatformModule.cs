using System.Globalization;
using System.Text.Json.Serialization;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Localization;
using MudBlazor.Services;

namespace ChainChief.Web.Infrastructure;

/// <summary>Cross-cutting web plumbing: errors, JSON, OpenAPI, localization, logging, Blazor.</summary>
public static class PlatformModule
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en-US")];

    public static IServiceCollection AddPlatform(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Jobs.BackgroundJobs>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Title = c.ProblemDetails.Status switch
            {
                400 when c.ProblemDetails.Title is null or "One or more validation errors occurred." or "Bad Request" => "输入有误",
                401 => "请先登录",
                403 => "无权访问",
                404 => "未找到",
                _ => c.ProblemDetails.Title,
            };
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddValidation();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "链长通 ChainChief API";
            doc.Info.Description = "产业链链长制工作平台接口。浏览器登录后可直接调用；系统对接请先 POST /api/auth/token 换取 Bearer 令牌。错误以 ProblemDetails 返回，说明为中文。";
            return Task.CompletedTask;
        }));
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddSingleton<Components.Charts.GeoMaps>();
        services.AddHttpContextAccessor();
        if (config["Logging:Format"] == "json")
        {
            services.AddLogging(l => l.ClearProviders().AddJsonConsole(j => j.UseUtcTimestamp = true));
        }
        return services;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        // Every response says what it is (attachments, exports): a browser never guesses another type from the bytes.
        app.Use((context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return next(context);
        });
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        return app;
    }
}
