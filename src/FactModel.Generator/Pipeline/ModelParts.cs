using FactModel.Core.Kinds;
using FactModel.Core.Model;

namespace FactModel.Generator.Pipeline;

/// <summary>
/// What every emitter reads about the model as a whole: the facts it keeps (<see cref="FactDirectory"/>), the kinds
/// they may be of, and the referenced assemblies' models. None of it holds positions or values, so a value edit leaves
/// it equal and no emitter re-runs but the edited file's.
/// </summary>
internal sealed record ModelParts(FactDirectory Facts, ProjectKinds Kinds, ReferencedModels Referenced);
