; A037680: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 1,0,2,3.
; Formula: a(n) = c(n), b(n) = b(n-1)+d(n-1)-3, c(n) = 10*c(n-1)+(b(n-1)+d(n-1)), d(n) = d(n-1)-(b(n-1)+d(n-1))-(b(n-1)+d(n-1)-3), b(0) = 0, c(0) = 0, d(0) = 1
; 1,10,102,1023,10231,102310,1023102,10231023,102310231,1023102310,10231023102,102310231023,1023102310231,10231023102310,102310231023102,1023102310231023

#offset 1

mov $1,$0
mov $0,1
lpb $1
  add $2,$0
  mul $3,10
  sub $0,$2
  sub $1,1
  add $3,$2
  sub $2,3
  sub $0,$2
lpe
mov $0,$3
