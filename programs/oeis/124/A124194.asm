; A124194: Points that add to make a shape, with each new shape enclosing the old shape. Also the creation of each shape must not copy any former shape's angle/points/length/name/ratios/etc. and the number of points as a whole must be kept to a min. Only 2d shapes are used.
; 0,1,3,5,6,7,10,9

mul $0,2
lpb $0
  sub $0,2
  sub $1,1
  sub $2,$3
  mov $3,$1
  gcd $3,$0
  div $3,$1
lpe
sub $1,$2
mov $0,$1
div $0,-1
