; A037755: Base 8 digits are, in order, the first n terms of the periodic sequence with initial period 2,3,1,0.
; Formula: a(n) = c(gcd(0,n)), b(n) = b(n-1)+d(n-1)+(d(n-1)+1), c(n) = 8*c(n-1)+1+(b(n-1)+d(n-1)), d(n) = d(n-1)+1-(b(n-1)+d(n-1)+(d(n-1)+1)), b(0) = 0, c(0) = 0, d(0) = 1
; 2,19,153,1224,9794,78355,626841,5014728,40117826,320942611,2567540889,20540327112,164322616898,1314580935187,10516647481497,84133179851976,673065438815810,5384523510526483

#offset 1

gcd $1,$0
mov $0,1
lpb $1
  add $2,$0
  mul $3,8
  add $3,1
  sub $1,1
  add $0,1
  add $3,$2
  add $2,$0
  sub $0,$2
lpe
mov $0,$3
