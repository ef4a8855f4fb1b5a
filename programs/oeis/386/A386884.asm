; A386884: a(n) is the number of distinct four-cuboid combinations that fill an n X n X n cube using only strict cuboids.
; 0,0,0,0,1,2,9,12,30,36,70,80,135,150,231,252,364,392,540,576,765,810,1045,1100,1386,1452,1794,1872,2275,2366,2835,2940,3480,3600,4216,4352,5049,5202,5985,6156,7030,7220,8190,8400,9471,9702,10879,11132,12420

#offset 1

sub $0,1
sub $0,1
sub $0,3
add $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
add $0,1
mov $2,$0
sub $2,-1
lpb $2
  sub $2,1
  sub $2,1
  add $3,$0
  sub $1,$3
lpe
mov $0,$1
div $0,-1
