; A078941: Flipping burnt pancakes. Maximum number of spatula flips to sort a stack of n pancakes of different sizes, each burnt on one side, so that the smallest ends up on top, ..., the largest at the bottom and each has its burnt side down.
; Formula: a(n) = sqrtnint((9*n-10)*(9*n-10),3)
; 1,4,6,8,10,12,14,15,17,18,19,21

#offset 1

mul $0,9
sub $0,10
mul $0,$0
nrt $0,3
