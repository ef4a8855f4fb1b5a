; A118264: Coefficient of q^n in (1-q)^3/(1-3q); dimensions of the enveloping algebra of the derived free Lie algebra on 3 letters.
; Formula: a(n) = b(max(n-1,0))+(n==0), b(n) = truncate(2*(b(n-1)-c(n-1))/(c(n-1)+2*(b(n-1)-c(n-1))))+(c(n-1)+2*(b(n-1)-c(n-1))), c(n) = -(c(n-1)+2*(b(n-1)-c(n-1))), b(0) = 0, c(0) = -1
; 1,0,3,8,24,72,216,648,1944,5832,17496,52488,157464,472392,1417176,4251528,12754584,38263752,114791256,344373768,1033121304,3099363912,9298091736,27894275208,83682825624,251048476872,753145430616

mov $1,$0
sub $0,1
mov $2,$0
mov $0,-1
lpb $2
  sub $2,1
  sub $3,$0
  mul $3,2
  add $0,$3
  div $3,$0
  add $3,$0
  mul $0,-1
lpe
mov $0,$3
equ $1,0
add $0,$1
