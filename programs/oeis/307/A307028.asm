; A307028: Longest path length in the stacked book graph S_{n+1} square P_n.
; Formula: a(n) = truncate(((n+3)*(n+3)-25)/2)+5
; 1,5,10,17,24,33,42,53

#offset 1

add $0,3
mul $0,$0
sub $0,25
div $0,2
add $0,5
