export { type CalibrationSubject, GeCalibration } from './ge-calibration.ts';
