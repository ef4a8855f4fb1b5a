; A240114: Maximal number of points that can be placed on a triangular grid of side n so that no three of them are vertices of an equilateral triangle in any orientation.
; Formula: a(n) = sum(k=0,floor((n+16)/9)-1,n+16-9*k-9+truncate((n+16-9*k-9)/8))-8
; 1,2,4,6,8,10,12,14,17,20,22,25,28,31,34

#offset 1

add $0,16
lpb $0
  sub $0,9
  mov $1,$0
  add $2,$1
  div $1,8
  add $2,$1
lpe
mov $0,$2
sub $0,8
