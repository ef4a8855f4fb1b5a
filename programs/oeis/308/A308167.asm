; A308167: Number of integer-sided triangles with perimeter n and sides a, b, and c such that a <= b <= c and a|b.
; 0,0,1,0,1,1,2,0,2,2,3,1,2,2,5,2,3,3,4,2,5,5,6,2,4,4,7,5,6,6,7,3,6,6,9,6,7,7,10,6,7,7,8,6,11,11,12,6,8,8,11,9,10,10,13,9,12,12,13,9,10,10,15,10,13,13,14,12,15,15,16,10,11,11,16,14,17

#offset 1

lpb $0
  sub $0,1
  sub $1,1
  mul $2,-1
  mov $3,$0
  sub $2,$3
  div $3,$1
  sub $2,$3
lpe
gcd $0,$2
