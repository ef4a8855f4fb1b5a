; A241894: The total number of squares and rectangles appearing in the Thue-Morse sequence (1, 0 version) logical matrices after n stages.
; 1,2,5,18,61,242,925,3698,14621,58482,233245,932978,3729181,14916722,59655965,238623858,954451741,3817806962,15271053085,61084212338,244336150301,977344601202,3909375608605

add $0,1
mov $1,$0
bin $0,$3
lpb $1
  sub $1,1
  mov $3,$0
  mul $3,6
  add $0,$0
lpe
mov $0,$3
div $0,3
add $0,6
sub $0,4
div $0,3
mul $0,$0
add $0,1
div $0,2
sub $0,3
add $0,1
sub $0,-2
