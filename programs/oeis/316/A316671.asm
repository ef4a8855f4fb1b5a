; A316671: Squares visited by moving diagonally one square on a diagonally numbered board and moving to the lowest available unvisited square at each step.
; 1,5,4,12,11,23,22,38,37,57,56,80,79,107,106,138,137,173,172,212,211,255,254,302,301,353,352,408,407,467,466,530,529,597,596,668,667,743,742,822,821,905,904,992,991,1083,1082,1178,1177,1277,1276,1380,1379,1487,1486,1598,1597,1713,1712,1832,1831,1955,1954,2082,2081,2213,2212,2348,2347,2487,2486,2630,2629,2777,2776,2928,2927,3083,3082,3242

#offset 1

sub $0,1
add $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
sub $1,2
sub $0,1
add $0,1
add $0,1
mov $3,$1
sub $0,-1
mov $4,$0
lpb $4
  sub $4,1
  sub $0,1
  sub $0,1
  add $0,4
  sub $0,1
  sub $0,1
  add $0,1
  mod $0,2
  mov $2,$0
  sub $3,1
  add $3,2
  sub $1,$3
  add $3,-1
  add $3,$2
  mov $0,-1
  add $0,3
lpe
mov $0,$1
div $0,-1
sub $0,7
add $0,3
sub $0,1
sub $0,-3
add $0,1
sub $0,-1
add $0,1
