using Microsoft.Extensions.Options;

namespace WebAttention.Pipeline.Analysis;

/// <summary>
/// Start-up validation of <see cref="AnalysisOptions"/> (source-generated from its DataAnnotations, its cross-field rule
/// and the nested <see cref="AnalysisOptions.ShotCuts"/>); registered by <see cref="PipelineServiceCollectionExtensions.AddPipeline"/>.
/// </summary>
[OptionsValidator]
public sealed partial class AnalysisOptionsValidator : IValidateOptions<AnalysisOptions>;
