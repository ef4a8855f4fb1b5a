; A389316: Lower (2/3)-midsequence of square numbers and triangular numbers; see Comments.
; 0,1,4,10,17,26,38,51,66,84,103,124,148,173,200,230,261,294,330,367,406,448,491,536,584,633,684,738,793,850,910,971,1034,1100,1167,1236,1308,1381,1456,1534,1613,1694,1778,1863,1950,2040,2131,2224,2320,2417

sub $0,1
sub $0,1
add $0,3
sub $0,1
mov $3,$0
mov $2,$3
dif $2,$0
lpb $3
  sub $3,1
  add $2,3
lpe
mul $0,$2
div $0,-1
add $0,4
add $0,1
sub $0,9
mul $0,2
sub $0,13
div $0,2
add $0,4
sub $0,-6
div $0,-3
mul $0,3
add $0,4
sub $0,10
div $0,3
add $0,1
sub $0,-1
