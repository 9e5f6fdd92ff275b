// The bundled clause classifier (data/classifier.json), decoded once on first use.
import stored from '../../data/classifier.json';
import { decodeModel, type Model, type StoredModel } from './classifier';

let model: Model | null = null;

export function classifier(): Model {
  return (model ??= decodeModel(stored as StoredModel));
}
