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
        [-60, 184],
        [-53, 197],
        [-42, 211],
        [-26, 223],
        [-12, 229],
        [0, 231],
      ],
    },
    // neck and the top of the shoulders and chest
    {
      half: true,
      pts: [
        [0, 190],
        [-46, 196],
        [-45, 240],
        [-47, 262],
        [-55, 277],
        [-76, 289],
        [-106, 300],
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
        [-70, 100],
        [-78, 95],
        [-86, 101],
        [-89, 114],
        [-87, 132],
        [-83, 150],
        [-79, 162],
        [-73, 168],
        [-69, 164],
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
        [-40, 250, 1],
        [-200, 250, 1],
        [-200, 312, 1],
        [-150, 314],
        [-124, 318],
        [-104, 322, 1],
        [-86, 300, 1],
      ],
    },
    // hollow above the collarbone, between the neck muscle and the trapezius
    {
      id: 'r.supraclavicular',
      pair: true,
      pts: [
        [-30, 304],
        [-44, 292],
        [-66, 292],
        [-92, 298],
        [-112, 308],
        [-112, 320, 1],
        [-80, 326],
        [-50, 328],
        [-28, 326, 1],
      ],
    },
    // angle of the neck: where the side of the neck turns into the shoulder
    {
      id: 'r.neck-angle',
      pair: true,
      pts: [
        [-40, 258],
        [-52, 256],
        [-66, 268],
        [-82, 282],
        [-84, 296],
        [-66, 292],
        [-50, 290],
        [-40, 280],
      ],
    },
    // back and side of the neck: the strip behind the sternocleidomastoid, seen at the outline
    {
      id: 'r.posterolateral-neck',
      pair: true,
      pts: [
        [-36, 210],
        [-60, 210],
        [-64, 240],
        [-60, 262],
        [-46, 266],
        [-40, 240],
      ],
    },
    // side of the neck: the sternocleidomastoid from behind the jaw to the top of the sternum
    {
      id: 'r.lateral-neck',
      pair: true,
      pts: [
        [-20, 206],
        [-40, 200],
        [-48, 212],
        [-44, 236],
        [-40, 262],
        [-34, 290],
        [-22, 316],
        [-12, 322],
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
        [0, 316, 1],
        [-12, 320],
        [-18, 332],
        [-20, 360, 1],
        [0, 360, 1],
      ],
    },
    // front of the neck: throat and larynx down to the sternal notch
    {
      id: 'm.anterior-neck',
      half: true,
      pts: [
        [0, 200, 1],
        [-24, 202],
        [-20, 240],
        [-16, 280],
        [-12, 304],
        [-8, 316],
        [0, 320, 1],
      ],
    },
    // --- head, bottom layer: the upper sides of the head
    {
      id: 'r.parietal',
      within: 0,
      pair: true,
      pts: [
        [0, -40, 1],
        [-120, -40, 1],
        [-120, 120, 1],
        [0, 120, 1],
      ],
    },
    // forehead, split on the midline
    {
      id: 'r.forehead',
      within: 0,
      pair: true,
      pts: [
        [0, -10, 1],
        [-30, 8],
        [-48, 22],
        [-57, 42],
        [-56, 64],
        [-52, 84],
        [-48, 100, 1],
        [0, 104, 1],
      ],
    },
    // top of the head: a strip along the crown
    {
      id: 'm.vertex',
      within: 0,
      half: true,
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
      within: 0,
      pair: true,
      pts: [
        [-52, 48, 1],
        [-66, 42],
        [-100, 36, 1],
        [-100, 134, 1],
        [-76, 130],
        [-64, 126],
        [-56, 114],
        [-52, 96],
        [-50, 72],
      ],
    },
    // cheek: over the cheekbone
    {
      id: 'r.cheek',
      within: 0,
      pair: true,
      pts: [
        [-38, 126],
        [-56, 120],
        [-72, 124, 1],
        [-100, 124, 1],
        [-100, 166, 1],
        [-76, 164],
        [-58, 162],
        [-44, 156],
        [-38, 142],
      ],
    },
    // maxilla: beside the nose
    {
      id: 'r.maxilla',
      within: 0,
      pair: true,
      pts: [
        [-12, 126],
        [-28, 128],
        [-40, 134],
        [-46, 148],
        [-44, 164],
        [-32, 170],
        [-16, 166],
        [-10, 150],
      ],
    },
    // body of the mandible: the lower face beside the mouth and chin, down to the jaw line
    {
      id: 'r.mandible',
      within: 0,
      pair: true,
      pts: [
        [-24, 164, 1],
        [-46, 160],
        [-70, 162],
        [-100, 170, 1],
        [-100, 260, 1],
        [-10, 260, 1],
        [-24, 224],
        [-32, 196],
      ],
    },
    // angle of the jaw
    {
      id: 'r.jaw-angle',
      within: 0,
      pair: true,
      pts: [
        [-50, 176],
        [-64, 172],
        [-74, 184],
        [-70, 204],
        [-56, 214],
        [-44, 206],
        [-42, 190],
      ],
    },
    // temporomandibular joint: at the outline, just in front of the ear
    {
      id: 'r.tmj',
      within: 0,
      pair: true,
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
    // lips and mouth
    {
      id: 'm.mouth',
      within: 0,
      half: true,
      pts: [
        [0, 166, 1],
        [-14, 167],
        [-28, 174],
        [-34, 186],
        [-28, 198],
        [-14, 204],
        [0, 205, 1],
      ],
    },
    // chin
    {
      id: 'm.chin',
      within: 0,
      half: true,
      pts: [
        [0, 203, 1],
        [-14, 204],
        [-26, 208],
        [-30, 220],
        [-24, 236],
        [0, 240, 1],
      ],
    },
    // around the eye: lids, under the eye and the outer corner
    {
      id: 'r.periorbital',
      within: 0,
      pair: true,
      pts: [
        [-12, 104],
        [-32, 99],
        [-52, 101],
        [-62, 110],
        [-62, 124],
        [-50, 132],
        [-32, 134],
        [-16, 130],
        [-10, 118],
      ],
    },
    // eyebrow
    {
      id: 'r.eyebrow',
      within: 0,
      pair: true,
      pts: [
        [-12, 100, 1],
        [-20, 93],
        [-34, 89],
        [-50, 90],
        [-62, 98, 1],
        [-48, 97],
        [-32, 97],
        [-14, 104, 1],
      ],
    },
    // the eye, reaching to its inner corner beside the nose
    {
      id: 'r.eye',
      within: 0,
      pair: true,
      pts: [
        [-8, 117, 1],
        [-18, 111],
        [-30, 108],
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
      within: 0,
      half: true,
      pts: [
        [0, 102, 1],
        [-8, 106],
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
        [-70, 100],
        [-78, 95],
        [-86, 101],
        [-89, 114],
        [-87, 132],
        [-83, 150],
        [-79, 162],
        [-73, 168],
        [-69, 164],
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
        [-79, 104],
        [-84, 116],
        [-82, 136],
        [-78, 152],
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
