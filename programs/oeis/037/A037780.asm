; A037780: Base 5 digits are, in order, the first n terms of the periodic sequence with initial period 3,1,2,0.
; Formula: a(n) = d(n), b(n) = b(n-1)+c(n-1), c(n) = gcd(c(n-1),c(n-1))+1-(b(n-1)+c(n-1))-(b(n-1)+c(n-1)), d(n) = 5*d(n-1)+(b(n-1)+c(n-1)), b(0) = 0, c(0) = 3, d(0) = 0
; 3,16,82,410,2053,10266,51332,256660,1283303,6416516,32082582,160412910,802064553,4010322766,20051613832,100258069160,501290345803,2506451729016,12532258645082,62661293225410,313306466127053

#offset 1

mov $1,$0
mov $0,3
lpb $1
  add $2,$0
  gcd $0,$0
  add $0,1
  mul $3,5
  sub $0,$2
  sub $0,$2
  sub $1,1
  add $3,$2
lpe
mov $0,$3
