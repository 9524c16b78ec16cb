import { expect, test } from 'vitest';
import { lineLengthKm } from './measure';
import { drawnPositions, HOOK_MAX_KM, stationOnTrack, type TrackVertex } from './station-hooks';
import type { LngLat } from './types';

const track = (at: LngLat): TrackVertex => ({ kind: 'track', at });
const station = (at: LngLat): TrackVertex => ({ kind: 'station', at });

/** 0.2 km of latitude, in degrees. */
const NORTH_200_M = 0.2 / 111.195;

// A straight track along the parallel 40° N, a track point every 0.05° (about 4.3 km).
const straight = (middle: TrackVertex): readonly TrackVertex[] =>
  Object.freeze([
    track([44.0, 40]),
    track([44.05, 40]),
    middle,
    track([44.15, 40]),
    track([44.2, 40]),
  ]);

test('a station 0.2 km beside a straight track is drawn on the track: the hook is gone', () => {
  const points = straight(station([44.1, 40 + NORTH_200_M]));
  const { line, moved } = drawnPositions(points);
  expect(moved).toEqual([2]);
  expect(line[2]![0]).toBeCloseTo(44.1, 6);
  expect(line[2]![1]).toBeCloseTo(40, 6);
  const straightKm = lineLengthKm([
    [44.0, 40],
    [44.2, 40],
  ]);
  expect(lineLengthKm(line)).toBeCloseTo(straightKm, 3);
  expect(lineLengthKm(points.map((p) => p.at))).toBeGreaterThan(straightKm + 0.009);
});

test('the recorded positions are not changed, only the drawn line', () => {
  const points = straight(station([44.1, 40 + NORTH_200_M]));
  drawnPositions(points);
  expect(points[2]!.at).toEqual([44.1, 40 + NORTH_200_M]);
});

test('a station at a corner of the line is kept where it is', () => {
  // The line runs east to the station, turns there and runs north: the station is the corner,
  // 0.18 km from the straight line between its neighbours, well within the hook distance.
  const points = Object.freeze([
    track([43.9, 40]),
    track([43.997, 40]),
    station([44, 40]),
    track([44, 40.003]),
    track([44, 40.1]),
  ]);
  expect(stationOnTrack(points, 2)).toBeUndefined();
  expect(drawnPositions(points).moved).toEqual([]);
});

test('a station on a curve, with the line turning at its neighbours as well, is kept', () => {
  // Points on a circle of 3 km radius: the line bends evenly, the station with it.
  const onCircle = (deg: number): LngLat => {
    const rad = (deg * Math.PI) / 180;
    return [44 + (3 * Math.sin(rad)) / 85.18, 40 + (3 - 3 * Math.cos(rad)) / 111.195];
  };
  const points = Object.freeze([
    track(onCircle(-40)),
    track(onCircle(-20)),
    station(onCircle(0)),
    track(onCircle(20)),
    track(onCircle(40)),
  ]);
  expect(stationOnTrack(points, 2)).toBeUndefined();
});

test('a station that the line runs past and back to is drawn on the track', () => {
  // The neighbours are 40 m apart and the station 0.2 km beyond them: a spike, not a corner.
  const points = Object.freeze([
    track([44.0, 40]),
    track([44.1, 40]),
    station([44.1, 40 - NORTH_200_M]),
    track([44.1005, 40]),
    track([44.2, 40]),
  ]);
  const drawn = stationOnTrack(points, 2);
  expect(drawn![1]).toBeCloseTo(40, 6);
});

test.each([
  [
    'farther from the track than the hook distance',
    station([44.1, 40 + (HOOK_MAX_KM + 0.1) / 111.195]),
  ],
  ['not a station', { kind: 'junction', at: [44.1, 40 + NORTH_200_M] as LngLat }],
])('a point %s is drawn where it is', (_, middle) => {
  expect(drawnPositions(straight(middle)).moved).toEqual([]);
});

test('a station between other stations is drawn where it is: there is no surveyed track to put it on', () => {
  const points = Object.freeze([
    track([44.0, 40]),
    station([44.05, 40]),
    station([44.1, 40 + NORTH_200_M]),
    station([44.15, 40]),
    track([44.2, 40]),
  ]);
  expect(drawnPositions(points).moved).toEqual([]);
});
