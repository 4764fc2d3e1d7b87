// Head and neck from the front. The person faces the viewer: the person's RIGHT is on the viewer's LEFT.
//
// Local frame: y down, vertex (top of the head) at y = 0, chin at y = 230 (about 1 mm per unit for a
// 23 cm head); x = 0 on the midline. Shapes are written for the viewer's left half (x < 0), which is the
// person's RIGHT side; `pair` mirrors them to the person's left, `half` mirrors a midline shape.
// Proportions: head breadth ~0.67 of head height (half-width 78 at the parietal eminences, 73 over the
// cheekbones, 54 at the angles of the jaw); eyes on the half-height line, one eye-width apart; brow at
// y 98, nose base 164, mouth 186; ears from brow to nose base, seen edge-on; neck half-width 46; the
// trapezius slopes from the neck to the shoulders, cut off at x = ±150; clavicles at y ~ 320.
import type { HeadViewSpec } from './types.ts';

export const FACE: HeadViewSpec = {
  transform: { scale: 1, dx: 160, dy: 14 },
  width: 320,
  height: 358,
  silhouette: [
    // head
    {
      half: true,
      pts: [
        [0, 0],
        [-38, 4],
        [-60, 18],
        [-72, 40],
        [-77, 66],
        [-78, 90],
        [-76, 112],
        [-73, 130],
        [-70, 150],
        [-66, 168],
        [-59, 184],
        [-51, 198],
        [-39, 212],
        [-23, 224],
        [-11, 229],
        [0, 231],
      ],
    },
    // neck and the top of the shoulders and chest
    {
      half: true,
      pts: [
        [0, 190],
        [-50, 196],
        [-50, 236],
        [-52, 258],
        [-60, 275],
        [-80, 288],
        [-108, 299],
        [-132, 308],
        [-150, 313, 1],
        [-150, 340, 1],
        [0, 340, 1],
      ],
    },
    // ears, seen edge-on
    {
      pair: true,
      pts: [
        [-70, 102],
        [-78, 97],
        [-86, 102],
        [-88.5, 114],
        [-86.5, 131],
        [-83, 148],
        [-79, 160],
        [-73, 166],
        [-69, 162],
        [-70, 130],
      ],
    },
  ],
  regions: [
    // --- chest and shoulders, bottom layer: below the collarbone
    {
      id: 'r.infraclavicular',
      pair: true,
      pts: [
        [0, 250, 1],
        [-200, 250, 1],
        [-200, 400, 1],
        [0, 400, 1],
      ],
    },
    // trapezius slope: top of the shoulder, above the outer collarbone
    {
      id: 'r.shoulder-top',
      pair: true,
      pts: [
        [-20, 250, 1],
        [-200, 250, 1],
        [-200, 312, 1],
        [-150, 314],
        [-124, 317],
        [-96, 322, 1],
        [-10, 316, 1],
      ],
    },
    // hollow above the collarbone, between the neck muscle and the trapezius
    {
      id: 'r.supraclavicular',
      pair: true,
      pts: [
        [-22, 302],
        [-44, 294],
        [-66, 293],
        [-88, 301],
        [-100, 312],
        [-98, 322, 1],
        [-72, 327],
        [-48, 328],
        [-18, 327, 1],
      ],
    },
    // angle of the neck: where the side of the neck turns into the shoulder
    {
      id: 'r.neck-angle',
      pair: true,
      pts: [
        [-42, 262],
        [-56, 258],
        [-70, 270],
        [-86, 282],
        [-88, 296],
        [-68, 292],
        [-52, 290],
        [-42, 282],
      ],
    },
    // back and side of the neck: the strip behind the sternocleidomastoid, seen at the outline
    {
      id: 'r.posterolateral-neck',
      pair: true,
      pts: [
        [-36, 222, 1],
        [-70, 222, 1],
        [-70, 264],
        [-56, 270],
        [-36, 262],
      ],
    },
    // side of the neck: the sternocleidomastoid from behind the jaw to the top of the sternum
    {
      id: 'r.lateral-neck',
      pair: true,
      pts: [
        [-18, 200],
        [-44, 194],
        [-60, 204],
        [-52, 222],
        [-47, 240],
        [-42, 264],
        [-34, 290],
        [-22, 316],
        [-12, 324],
        [-10, 300],
        [-16, 270],
        [-20, 240],
      ],
    },
    // breastbone: below the sternal notch
    {
      id: 'm.sternum',
      half: true,
      pts: [
        [0, 300, 1],
        [-16, 306],
        [-20, 332],
        [-22, 360, 1],
        [0, 360, 1],
      ],
    },
    // front of the neck: throat and larynx down to the sternal notch
    {
      id: 'm.anterior-neck',
      half: true,
      pts: [
        [0, 196, 1],
        [-26, 198],
        [-22, 240],
        [-17, 280],
        [-13, 304],
        [-8, 316],
        [0, 319, 1],
      ],
    },
    // --- head, bottom layer: the upper sides of the head above the eyes, the jaw below them
    {
      id: 'r.parietal',
      pair: true,
      within: 0,
      pts: [
        [0, -40, 1],
        [-120, -40, 1],
        [-120, 124, 1],
        [0, 124, 1],
      ],
    },
    {
      id: 'r.mandible',
      pair: true,
      within: 0,
      pts: [
        [0, 124, 1],
        [-120, 124, 1],
        [-120, 260, 1],
        [0, 260, 1],
      ],
    },
    // forehead, split on the midline; its lower edge tucks under the brows, eyes and nose
    {
      id: 'r.forehead',
      pair: true,
      within: 0,
      pts: [
        [0, -10, 1],
        [-30, 8],
        [-48, 22],
        [-57, 42],
        [-56, 64],
        [-54, 84],
        [-54, 112, 1],
        [0, 112, 1],
      ],
    },
    // top of the head: a strip along the crown
    {
      id: 'm.vertex',
      half: true,
      within: 0,
      pts: [
        [0, -40, 1],
        [-90, -40, 1],
        [-90, 2, 1],
        [-50, 11],
        [-26, 15],
        [0, 16, 1],
      ],
    },
    // temple: between the temporal line, the outer eye and the cheekbone arch
    {
      id: 'r.temple',
      pair: true,
      within: 0,
      pts: [
        [-52, 48, 1],
        [-66, 42],
        [-100, 36, 1],
        [-100, 134, 1],
        [-76, 130],
        [-62, 126],
        [-54, 114],
        [-51, 96],
        [-50, 72],
      ],
    },
    // cheek: over the cheekbone; its lower edge is the border with the jaw
    {
      id: 'r.cheek',
      pair: true,
      within: 0,
      pts: [
        [-30, 120, 1],
        [-58, 121],
        [-74, 126, 1],
        [-100, 126, 1],
        [-100, 166, 1],
        [-74, 165],
        [-56, 162],
        [-40, 158],
        [-30, 146],
      ],
    },
    // maxilla: beside the nose, down to the fold towards the mouth
    {
      id: 'r.maxilla',
      pair: true,
      within: 0,
      pts: [
        [-4, 120, 1],
        [-28, 120],
        [-38, 130],
        [-42, 146],
        [-41, 162],
        [-36, 174],
        [-26, 176],
        [-10, 170],
        [-4, 150],
      ],
    },
    // angle of the jaw
    {
      id: 'r.jaw-angle',
      pair: true,
      within: 0,
      pts: [
        [-50, 178],
        [-64, 172],
        [-76, 182],
        [-74, 204],
        [-58, 216],
        [-44, 208],
        [-42, 192],
      ],
    },
    // temporomandibular joint: at the outline, just in front of the ear
    {
      id: 'r.tmj',
      pair: true,
      within: 0,
      pts: [
        [-60, 126],
        [-70, 120],
        [-80, 124],
        [-80, 146],
        [-70, 152],
        [-60, 146],
        [-58, 136],
      ],
    },
    // lips and mouth: from under the nose to the fold above the chin
    {
      id: 'm.mouth',
      half: true,
      within: 0,
      pts: [
        [0, 160, 1],
        [-14, 162],
        [-25, 170],
        [-32, 184],
        [-30, 196],
        [-19, 204],
        [0, 206, 1],
      ],
    },
    // chin
    {
      id: 'm.chin',
      half: true,
      within: 0,
      pts: [
        [0, 203, 1],
        [-14, 204],
        [-25, 208],
        [-30, 220],
        [-26, 236],
        [0, 240, 1],
      ],
    },
    // around the eye: lids, under the eye and the outer corner
    {
      id: 'r.periorbital',
      pair: true,
      within: 0,
      pts: [
        [-8, 100],
        [-32, 95],
        [-54, 97],
        [-63, 108],
        [-63, 124],
        [-52, 133],
        [-32, 135],
        [-14, 131],
        [-6, 118],
      ],
    },
    // eyebrow
    {
      id: 'r.eyebrow',
      pair: true,
      within: 0,
      pts: [
        [-11, 99],
        [-20, 91.5],
        [-34, 87.5],
        [-50, 88.5],
        [-62, 96],
        [-60, 100.5],
        [-48, 97.5],
        [-32, 97.5],
        [-16, 103],
      ],
    },
    // the eye, reaching to its inner corner beside the nose
    {
      id: 'r.eye',
      pair: true,
      within: 0,
      pts: [
        [-6, 117, 1],
        [-18, 111],
        [-30, 108.5],
        [-42, 110],
        [-50, 116, 1],
        [-42, 121],
        [-30, 123],
        [-18, 122],
      ],
    },
    // nose
    {
      id: 'm.nose',
      half: true,
      within: 0,
      pts: [
        [0, 101, 1],
        [-8, 105],
        [-9, 120],
        [-11, 136],
        [-16, 148],
        [-21, 157],
        [-17, 164],
        [-8, 166],
        [0, 164, 1],
      ],
    },
    // the ear, edge-on
    {
      id: 'r.ear',
      pair: true,
      pts: [
        [-70, 102],
        [-78, 97],
        [-86, 102],
        [-88.5, 114],
        [-86.5, 131],
        [-83, 148],
        [-79, 160],
        [-73, 166],
        [-69, 162],
        [-70, 130],
      ],
    },
  ],
  details: [
    // upper and lower eyelid, iris
    {
      pair: true,
      pts: [
        [-17, 116],
        [-24, 112],
        [-32, 111],
        [-40, 112],
        [-46, 116],
      ],
    },
    {
      pair: true,
      pts: [
        [-18, 117],
        [-26, 120],
        [-36, 120],
        [-45, 117],
      ],
    },
    {
      pair: true,
      closed: true,
      pts: [
        [-31, 112],
        [-35, 115.5],
        [-31, 119],
        [-27, 115.5],
      ],
    },
    // nostrils
    {
      pair: true,
      pts: [
        [-4, 163],
        [-9, 160],
        [-14, 161],
        [-17, 158],
      ],
    },
    // lip line with a soft cupid's bow, and the lower lip
    {
      pts: [
        [-24, 186],
        [-12, 187],
        [0, 188],
        [12, 187],
        [24, 186],
      ],
    },
    {
      pts: [
        [-20, 180],
        [-8, 176],
        [0, 178],
        [8, 176],
        [20, 180],
      ],
    },
    {
      pts: [
        [-16, 194],
        [0, 197],
        [16, 194],
      ],
    },
    // ear rim
    {
      pair: true,
      pts: [
        [-79, 105],
        [-84, 116],
        [-82, 134],
        [-78, 150],
      ],
    },
    // collarbones
    {
      pair: true,
      pts: [
        [-18, 324],
        [-50, 328],
        [-80, 326],
        [-110, 320],
        [-138, 316],
      ],
    },
  ],
};
