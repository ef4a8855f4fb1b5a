; A390529: Weighted count of equivalence classes of words w of length n+1 over {a, b, c, d, A, *} having exactly n letters, exactly one *, an even number of lowercase a's, and weight (-1)^(A(w)), where A(w) is the number of uppercase letters A.
; 1,5,22,95,406,1715,7162,29615,121486,495275,2009602,8124935,32761366,131834435,529712842,2125993055,8525430046,34166159195,136858084882,548012945975,2193794127526,8780404589555,35137304693722,140596281975695,562526325893806,2250528914325515

sub $0,1
add $0,1
mov $1,10
add $0,1
sub $0,4
sub $0,-1
sub $0,2
add $0,4
sub $3,10
add $0,1
lpb $0
  mul $2,2
  sub $0,1
  add $2,$3
  add $1,$1
  mul $3,3
  sub $1,$2
  mul $2,2
lpe
sub $1,$3
mov $0,$1
div $0,8
div $0,5
add $0,1
sub $0,2
add $0,1
