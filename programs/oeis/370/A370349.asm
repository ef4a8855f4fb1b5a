; A370349: a(n) is the number of integer triples (x,y,z) satisfying a system of linear inequalities and congruences specified in the comments.
; 1,6,18,39,72,120,185,270,378,511,672,864,1089,1350,1650,1991,2376,2808,3289,3822,4410,5055,5760,6528,7361,8262,9234,10279,11400,12600,13881,15246,16698,18239,19872,21600,23425,25350,27378,29511,31752,34104,36569,39150,41850,44671,47616,50688,53889,57222

add $0,1
mul $0,2
add $2,-1
lpb $0
  add $2,-1
  div $1,$2
  sub $0,1
  sub $2,$1
  sub $3,$2
  add $2,1
  add $1,$3
  lpb $1
    sub $1,1
    add $2,$3
  lpe
lpe
mov $0,$3
div $0,-1
add $0,1
