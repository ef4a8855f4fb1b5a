; A201006: The Isis problem : Array a(i,j) (by antidiagonals) of differences between area and perimeter of rectangle with sides (i,j).
; -3,-4,-4,-5,-4,-5,-6,-4,-4,-6,-7,-4,-3,-4,-7,-8,-4,-2,-2,-4,-8,-9,-4,-1,0,-1,-4,-9,-10,-4,0,2,2,0,-4,-10,-11,-4,1,4,5,4,1,-4,-11,-12,-4,2,6,8,8,6,2,-4,-12,-13,-4,3,8,11,12,11,8,3,-4,-13,-14,-4,4,10,14,16,16,14,10,4,-4,-14,-15,-4

lpb $0
  add $1,1
  sub $0,$1
lpe
sub $1,$0
mov $2,$0
add $2,$1
mul $0,$1
sub $0,$2
sub $0,3
