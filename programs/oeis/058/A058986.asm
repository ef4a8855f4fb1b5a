; A058986: Sorting by prefix reversal (or "flipping pancakes"). You can only reverse segments that include the initial term of the current permutation; a(n) is the number of reversals that are needed to transform an arbitrary permutation of n letters to the identity permutation.
; Formula: a(n) = n-1+A000194(truncate(8*(n-1)/11))
; 0,1,3,4,5,7,8,9,10,11,13,14,15,16,17,18,19,20,22

#offset 1

sub $0,1
mov $1,$0
mul $1,8
div $1,11
seq $1,194
add $0,$1
