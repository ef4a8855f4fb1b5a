; A037766: Base 5 digits are, in order, the first n terms of the periodic sequence with initial period 3,0,2,1.
; Formula: a(n) = truncate(c(max(n-1,0))/-1)+3, b(n) = b(n-1)+d(n-1), c(n) = 5*(c(n-1)-3)+(b(n-1)+d(n-1)), d(n) = gcd(d(n-1),d(n-1))+1-(b(n-1)+d(n-1))-(b(n-1)+d(n-1)), b(0) = 0, c(0) = 0, d(0) = 3
; 3,15,77,386,1933,9665,48327,241636,1208183,6040915,30204577,151022886,755114433,3775572165,18877860827,94389304136,471946520683,2359732603415,11798663017077,58993315085386,294966575426933

#offset 1

sub $0,1
mov $1,$0
mov $0,3
lpb $1
  add $2,$0
  sub $3,3
  gcd $0,$0
  add $0,1
  mul $3,5
  sub $0,$2
  sub $0,$2
  sub $1,1
  add $3,$2
lpe
mov $0,$3
div $0,-1
add $0,3
