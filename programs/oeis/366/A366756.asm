; A366756: Number of minimally 1-tough unlabeled graphs on n nodes.
; Formula: a(n) = binomial(truncate((n-1)/2),3)+1
; 1,1,1,1,1,1,2,2,5

#offset 1

sub $0,1
div $0,2
bin $0,3
add $0,1
