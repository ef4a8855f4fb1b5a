; A049221: Number of horizontally convex n-ominoes in which the top row has exactly 1 square, which is not above the rightmost square in the second row.
; Formula: a(n) = d(max(n-2,0))+(n-1==0), b(n) = b(n-1)-1+(c(n-1)-d(n-1)), c(n) = c(n-1)-d(n-1), d(n) = e(n-1), e(n) = 3*e(n-1)-(b(n-1)-1), b(0) = 0, c(0) = 0, d(0) = 0, e(0) = 1
; 1,0,1,4,14,46,148,474,1518,4864,15590,49974,160196,513522,1646134,5276800,16915150,54222686,173814580,557174698,1786062174,5725346304,18352995094,58831800038,188589419748,604536478850,1937883656166

#offset 1

sub $0,1
mov $1,$0
sub $0,1
mov $2,1
lpb $0
  sub $0,1
  sub $3,1
  sub $4,$5
  mov $5,$2
  mul $2,3
  sub $2,$3
  add $3,$4
lpe
mov $0,$5
equ $1,0
add $0,$1
